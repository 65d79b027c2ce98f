using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions;

namespace ConventionBot.Benchmarks;

/// <summary>Renders like a meeting reminder does: one message to every active subscriber.</summary>
internal sealed class FanOutRenderer(ISubscriptionStore subscriptions) : INotificationRenderer
{
    public const string KindName = "bench.fanout";

    public string Kind => KindName;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var targets = await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        return [.. targets.Select(s => new NotificationDelivery(
            s.ConversationId, BotReply.WithText(s.Language.Pick("Rappel : COTECH demain à 10 h 00.", "Reminder: COTECH tomorrow at 10:00."))))];
    }
}
