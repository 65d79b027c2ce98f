using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>Tells the admins' conversations of a delay request, with the buttons to grant or refuse it; nothing once it was answered.</summary>
internal sealed class BilanDelayAskedRenderer(
    ConventionCatalog catalog, BilanStore store, IReminderAudience audience, ILogger<BilanDelayAskedRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanDelays.AskedKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await BilanDelayNotice.LoadAsync(catalog, store, notification, cancellationToken).ConfigureAwait(false) is not { } view || !BilanDelayNotice.IsPending(view))
        {
            return [];
        }
        var deliveries = (await audience.AdminsAsync(view.Convention.Id, cancellationToken).ConfigureAwait(false))
            // One card per language, serialized once for all its conversations.
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(DelayCards.Request(view with { Language = group.Key }));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        BilansLog.NotificationRendered(logger, Kind, view.Convention.Id, view.Year.Year, deliveries.Count);
        return deliveries;
    }
}
