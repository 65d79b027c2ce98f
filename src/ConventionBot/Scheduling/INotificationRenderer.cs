namespace ConventionBot.Scheduling;

/// <summary>
/// Turns a due notification into messages, at send time. Features register one per kind with
/// <c>services.AddSingleton&lt;INotificationRenderer, XxxRenderer&gt;()</c>.
/// </summary>
/// <remarks>
/// The dispatcher may call it late (the app was down: every notification that fell due meanwhile is rendered once it is
/// back) and more than once for the same notification (a retry pass for undelivered messages, or another instance
/// resuming after a crash). So: decide from <c>now</c> and the current data, never from the schedule alone, and return
/// nothing when the notification no longer makes sense (meeting past, cancelled or moved; bilan already submitted).
/// No side effects: conversations already sent to are never sent to again, whatever is returned.
/// </remarks>
public interface INotificationRenderer
{
    string Kind { get; }

    /// <summary>
    /// The messages to send now, one per target conversation (typically from the subscriptions' <c>IReminderAudience</c>);
    /// empty when the notification became obsolete (meeting cancelled or moved, bilan submitted, …).
    /// </summary>
    Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken);
}
