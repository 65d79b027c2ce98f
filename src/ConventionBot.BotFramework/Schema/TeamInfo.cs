namespace ConventionBot.BotFramework.Schema;

/// <summary>The team of a channel activity.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}
