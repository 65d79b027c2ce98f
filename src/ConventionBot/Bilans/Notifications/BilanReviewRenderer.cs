using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>Tells a chantier's contributors, where they worked on it, that the Métropole validated it or asked for changes.</summary>
internal sealed class BilanReviewRenderer(
    ConventionCatalog catalog, BilanStore store, IReminderAudience audience, ILogger<BilanReviewRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanWorkflow.ReviewKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (BilanNotice.FromJson(notification.Payload) is not { } notice
            || catalog.Find(notice.ConventionId) is not { } convention
            || await store.FindVersionAsync(convention.Id, notice.Year, notice.Chantier, notice.Version, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return [];
        }
        var current = (await store.LoadYearAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false)).Chantier(notice.Chantier);
        var targets = current.Contributors.Select(c => c.ConversationId).Where(id => id != notice.FromConversation);
        var deliveries = (await audience.ReachableAsync(targets, cancellationToken).ConfigureAwait(false))
            // One card per language, serialized once for all its conversations.
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(BilanNotificationCards.Review(convention, notice.Year, version, group.Key));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        BilansLog.NotificationRendered(logger, Kind, convention.Id, notice.Year, deliveries.Count);
        return deliveries;
    }
}
