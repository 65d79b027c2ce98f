namespace ConventionBot.BotFramework.Schema;

/// <summary>A <c>mention</c> entity: <see cref="Text"/> is the <c>&lt;at&gt;Name&lt;/at&gt;</c> fragment found in the message text.</summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
