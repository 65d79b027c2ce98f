using ConventionBot.Conventions;

namespace ConventionBot.Subscriptions;

/// <summary>The party a subscription speaks for: <see cref="Party"/> is null when unknown; <see cref="Valid"/> is false when the user named none we know.</summary>
internal sealed record PartyChoice(bool Valid, ConventionParty? Party);
