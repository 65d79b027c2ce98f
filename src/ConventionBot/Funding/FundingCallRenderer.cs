using ConventionBot.Bilans;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>At send time: reminds the AR Hlm's conversations of what the year's call still lacks; nothing once complete.</summary>
internal sealed class FundingCallRenderer(
    ConventionCatalog catalog, FundingService funding, ReminderAudience audience, IOptionsMonitor<FundingOptions> options, ILogger<FundingCallRenderer> logger)
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
        var deliveries = new List<NotificationDelivery>();
        foreach (var conversation in await audience.PartyAsync(terms.CallerPartyId, cancellationToken).ConfigureAwait(false))
        {
            var language = await audience.LanguageOfAsync(conversation, cancellationToken).ConfigureAwait(false);
            var card = FundingNotificationCards.Call(convention, year, options.CurrentValue.CallDueDate(notice.Year), language);
            deliveries.Add(new NotificationDelivery(conversation, BotReply.WithCard(card)));
        }
        FundingLog.NotificationRendered(logger, Kind, convention.Id, notice.Year, deliveries.Count);
        return deliveries;
    }
}
