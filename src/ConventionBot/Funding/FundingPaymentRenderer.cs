using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Funding;

/// <summary>At send time: tells the Métropole's conversations a payment is overdue; nothing once paid, suspended, or the call changed.</summary>
internal sealed class FundingPaymentRenderer(
    ConventionCatalog catalog, FundingStore store, IReminderAudience audience, IOptionsMonitor<FundingOptions> options, ILogger<FundingPaymentRenderer> logger)
    : INotificationRenderer
{
    public string Kind => FundingReminderPlanner.PaymentKind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (FundingNotice.FromJson(notification.Payload) is not { } notice || catalog.Find(notice.ConventionId) is not { Contribution: { } terms } convention)
        {
            return [];
        }
        var record = await store.LoadAsync(convention.Id, notice.Year, cancellationToken).ConfigureAwait(false);
        if (record is not { CallSentOn: { } call, PaidOn: null } || record.Decision == FundingDecision.Suspended || call != DateText.ParseInput(notice.CallSentOn))
        {
            return [];
        }
        var due = options.CurrentValue.PaymentDueDate(call);
        var deliveries = (await audience.PartyAsync(convention.Id, terms.PayerPartyId, cancellationToken).ConfigureAwait(false))
            // One card per language, serialized once for all its conversations.
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(FundingNotificationCards.Payment(convention, record, due, group.Key));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        FundingLog.NotificationRendered(logger, Kind, convention.Id, notice.Year, deliveries.Count);
        return deliveries;
    }
}
