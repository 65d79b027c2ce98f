using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>At send time, after the deadline: tells the admins' conversations what is still missing; nothing when all is validated.</summary>
internal sealed class BilanEscalationRenderer(
    ConventionCatalog catalog, BilanStore bilans, IReminderAudience audience, ILogger<BilanEscalationRenderer> logger) : INotificationRenderer
{
    public string Kind => BilanReminderPlanner.EscalationKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await BilanNotificationContext.LoadCurrentAsync(catalog, bilans, notification, cancellationToken).ConfigureAwait(false) is not (var convention, var year, var campaign)
            || year.IsFullyValidated)
        {
            return [];
        }
        var deliveries = (await audience.AdminsAsync(convention.Id, cancellationToken).ConfigureAwait(false))
            // One card per language, serialized once for all its conversations.
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(BilanNotificationCards.Escalation(convention, campaign, year, group.Key));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        BilansLog.NotificationRendered(logger, Kind, convention.Id, campaign.Year, deliveries.Count);
        return deliveries;
    }
}
