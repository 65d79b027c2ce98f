namespace ConventionBot.Tests.Bilans;

/// <summary>Someone talking to the bot from their own personal chat.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId, string ConversationId, string Locale = "fr-FR", string ConversationType = "personal")
{
    /// <summary>The Métropole admin (configured in <c>Access:Admins</c> by <see cref="BilanApp"/>).</summary>
    public static TestUser Admin { get; } = new("29:admin", "Claire Métropole", "aaaaaaaa-0000-0000-0000-000000000001", "a:admin-chat");

    public static TestUser Alice { get; } = new("29:alice", "Alice Hlm", "bbbbbbbb-0000-0000-0000-000000000002", "a:alice-chat");

    /// <summary>The AR Hlm's team channel, subscribed for the AR Hlm by <see cref="BilanApp.SubscribePartyChannelsAsync"/>.</summary>
    public static TestUser ArHlmChannel { get; } = Alice with { ConversationId = "19:arhlm-channel@thread.tacv2" };

    /// <summary>The Métropole's team channel, subscribed by an admin for the Métropole.</summary>
    public static TestUser MetropoleChannel { get; } = Admin with { ConversationId = "19:metropole-channel@thread.tacv2" };

    public static TestUser Bob { get; } = new("29:bob", "Bob Hlm", "cccccccc-0000-0000-0000-000000000003", "a:bob-chat");

    public TestUser InEnglish() => this with { Locale = "en-US" };
}
