namespace ConventionBot.BotFramework.Schema;

/// <summary>An attachment; received content is a <see cref="System.Text.Json.JsonElement"/>, sent content any serializable object.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public object? Content { get; set; }
    public string? Name { get; set; }
}
