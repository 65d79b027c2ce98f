namespace ConventionBot.BotFramework.Schema;

/// <summary>The Entra tenant of a Teams activity.</summary>
public sealed class TenantInfo
{
    public string? Id { get; set; }
}
