using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;

namespace ConventionBot.Bilans;

/// <summary>At send time: reminds each conversation of the chantiers it still owes (see <see cref="BilanDebts"/>); nothing once all are submitted.</summary>
internal sealed class BilanReminderRenderer(
    ConventionCatalog catalog, BilanWorkflow bilans, ReminderAudience audience, ILogger<BilanReminderRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanReminderPlanner.ReminderKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await BilanNotificationContext.LoadCurrentAsync(catalog, bilans, notification, cancellationToken).ConfigureAwait(false) is not (var convention, var year, var campaign))
        {
            return [];
        }
        var authors = await audience.PartyAsync(BilanDebts.AuthorParty(convention), cancellationToken).ConfigureAwait(false);
        var owed = BilanDebts.Owed(year, authors);
        var reachable = (await audience.ReachableAsync(owed.Keys, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var today = ParisCalendar.DateOf(now);
        var deliveries = new List<NotificationDelivery>();
        foreach (var (conversation, chantiers) in owed.Where(o => reachable.Contains(o.Key) || authors.Contains(o.Key)))
        {
            var language = await audience.LanguageOfAsync(conversation, cancellationToken).ConfigureAwait(false);
            deliveries.Add(new NotificationDelivery(conversation, BotReply.WithCard(BilanNotificationCards.Reminder(convention, campaign, chantiers, today, language))));
        }
        BilansLog.NotificationRendered(logger, Kind, convention.Id, campaign.Year, deliveries.Count);
        return deliveries;
    }
}
