using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Funding;

/// <summary>At send time: reminds the AR Hlm's conversations of what the year's call still lacks; nothing once complete.</summary>
internal sealed class FundingCallRenderer(
    ConventionCatalog catalog, FundingYears funding, IReminderAudience audience, IOptionsMonitor<FundingOptions> options, ILogger<FundingCallRenderer> logger)
    : INotificationRenderer
{
    public string Kind => FundingReminderPlanner.CallKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (FundingNotice.FromJson(notification.Payload) is not { } notice || catalog.Find(notice.ConventionId) is not { Contribution: { } terms } convention)
        {
            return [];
        }
        var year = await funding.LoadAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false);
        if (FundingChecklist.IsCallComplete(terms, year.Record, year.Bilan))
        {
            return [];
        }
        var due = options.CurrentValue.CallDueDate(notice.Year);
        var deliveries = (await audience.PartyAsync(convention.Id, terms.CallerPartyId, cancellationToken).ConfigureAwait(false))
            // One card per language, serialized once for all its conversations.
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(FundingNotificationCards.Call(convention, year, due, group.Key));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        FundingLog.NotificationRendered(logger, Kind, convention.Id, notice.Year, deliveries.Count);
        return deliveries;
    }
}
