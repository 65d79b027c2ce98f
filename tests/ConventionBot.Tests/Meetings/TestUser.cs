namespace ConventionBot.Tests.Meetings;

/// <summary>A Teams user of the tests, with their personal chat with the bot.</summary>
internal sealed record TestUser(string Id, string Name, string AadObjectId, string Chat);
