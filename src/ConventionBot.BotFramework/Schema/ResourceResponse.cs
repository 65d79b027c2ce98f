namespace ConventionBot.BotFramework.Schema;

/// <summary>The id the channel assigned to a sent activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
