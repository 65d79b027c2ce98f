namespace ConventionBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation (Teams ids look like <c>29:…</c> for users, <c>28:…</c> for bots).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
