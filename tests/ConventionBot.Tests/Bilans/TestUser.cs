namespace ConventionBot.Tests.Bilans;

/// <summary>Someone talking to the bot from their own personal chat.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId, string ConversationId, string Locale = "fr-FR")
{
    /// <summary>The Métropole admin (configured in <c>Access:Admins</c> by <see cref="BilanApp"/>).</summary>
    public static TestUser Admin { get; } = new("29:admin", "Claire Métropole", "aaaaaaaa-0000-0000-0000-000000000001", "a:admin-chat");

    public static TestUser Alice { get; } = new("29:alice", "Alice Hlm", "bbbbbbbb-0000-0000-0000-000000000002", "a:alice-chat");

    public static TestUser Bob { get; } = new("29:bob", "Bob Hlm", "cccccccc-0000-0000-0000-000000000003", "a:bob-chat");

    public TestUser InEnglish() => this with { Locale = "en-US" };
}
