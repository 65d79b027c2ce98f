using ConventionBot.Conventions;

namespace ConventionBot.Subscriptions;

/// <summary>
/// What <c>abonner</c> is about: the <see cref="Convention"/> and the party the subscription speaks for
/// (<see cref="Party"/> null when unknown). <see cref="Valid"/> is false when the user named a party we do not know;
/// <see cref="Offered"/> are then the conventions whose parties to offer.
/// </summary>
internal sealed record PartyChoice(ConventionDefinition Convention, bool Valid, ConventionParty? Party, IReadOnlyList<ConventionDefinition> Offered);
