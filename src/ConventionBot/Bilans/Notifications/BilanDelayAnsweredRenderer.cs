using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>Tells the contributor, in the conversation they asked from, that their delay request was granted or refused.</summary>
internal sealed class BilanDelayAnsweredRenderer(
    ConventionCatalog catalog, BilanStore store, IReminderAudience audience, ILogger<BilanDelayAnsweredRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanDelays.AnsweredKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await BilanDelayNotice.LoadAsync(catalog, store, notification, cancellationToken).ConfigureAwait(false) is not { } view || BilanDelayNotice.IsPending(view))
        {
            return [];
        }
        var deliveries = (await audience.ReachableAsync([view.Delay!.AskedFrom], cancellationToken).ConfigureAwait(false))
            .Select(r => new NotificationDelivery(r.ConversationId, BotReply.WithCard(DelayCards.Answer(view with { Language = r.Language })), r.Conversation))
            .ToList();
        BilansLog.NotificationRendered(logger, Kind, view.Convention.Id, view.Year.Year, deliveries.Count);
        return deliveries;
    }
}
