using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>
/// Tells a chantier's contributors, in the conversations chosen when the review was made (<see cref="BilanReviewNotifier"/>),
/// that the Métropole validated it or asked for changes, with its comment.
/// </summary>
internal sealed class BilanReviewRenderer(
    ConventionCatalog catalog, BilanStore store, IReminderAudience audience, ILogger<BilanReviewRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanReviewNotifier.Kind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (BilanNotice.FromJson(notification.Payload) is not { } notice
            || catalog.Find(notice.ConventionId) is not { } convention
            || await store.FindVersionAsync(convention.Id, notice.Year, notice.Chantier, notice.Version, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return [];
        }
        var targets = notice.Conversations ?? await FormerTargetsAsync(convention, notice, cancellationToken).ConfigureAwait(false);
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

    // A notice scheduled before the recipients were chosen at review time: its chantier's contributors, but the reviewer's.
    private async Task<IReadOnlyList<string>> FormerTargetsAsync(ConventionDefinition convention, BilanNotice notice, CancellationToken cancellationToken)
    {
        var current = (await store.LoadYearAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false)).Chantier(notice.Chantier);
        return [.. current.Contributors.Select(c => c.ConversationId).Where(id => id != notice.FromConversation)];
    }
}
