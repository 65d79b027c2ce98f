namespace ConventionBot.BotFramework.Schema;

/// <summary>Set <see cref="Alert"/> on an outgoing message to raise a Teams activity-feed notification.</summary>
public sealed class NotificationInfo
{
    public bool? Alert { get; set; }
}
