namespace ConventionBot.Scheduling;

/// <summary>
/// Turns a due notification into messages, at send time. Features register one per kind with
/// <c>services.AddSingleton&lt;INotificationRenderer, XxxRenderer&gt;()</c>.
/// </summary>
public interface INotificationRenderer
{
    string Kind { get; }

    /// <summary>
    /// The messages to send now, one per target conversation; empty when the notification became
    /// obsolete (meeting cancelled or moved, bilan submitted, …).
    /// </summary>
    Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken);
}
