using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>At send time: reminds each conversation of the chantiers it still owes (see <see cref="BilanDebts"/>); nothing once all are submitted.</summary>
internal sealed class BilanReminderRenderer(
    ConventionCatalog catalog, BilanStore bilans, IReminderAudience audience, ILogger<BilanReminderRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanReminderPlanner.ReminderKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await BilanNotificationContext.LoadCurrentAsync(catalog, bilans, notification, cancellationToken).ConfigureAwait(false) is not (var convention, var year, var campaign))
        {
            return [];
        }
        var authors = await audience.PartyAsync(convention.Id, BilanDebts.AuthorParty(convention), cancellationToken).ConfigureAwait(false);
        var owed = BilanDebts.Owed(year, [.. authors.Select(a => a.ConversationId)]);
        var contributors = await audience.ReachableAsync(owed.Keys.Except(authors.Select(a => a.ConversationId)), cancellationToken).ConfigureAwait(false);
        var today = ParisTime.DateOf(now);
        // One card per language and list of chantiers owed, serialized once for all the conversations that owe the same.
        var deliveries = authors.Concat(contributors)
            .Where(r => owed.ContainsKey(r.ConversationId))
            .GroupBy(r => (r.Language, Chantiers: string.Join(",", owed[r.ConversationId].Select(c => c.Chantier))))
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(BilanNotificationCards.Reminder(convention, campaign, owed[group.First().ConversationId], today, group.Key.Language));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        BilansLog.NotificationRendered(logger, Kind, convention.Id, campaign.Year, deliveries.Count);
        return deliveries;
    }
}
