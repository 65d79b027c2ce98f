namespace ConventionBot.BotFramework.Schema;

/// <summary>A conversation; <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c> (missing means personal).</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
}
