using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>
/// Schedules the contribution's reminders: to the AR Hlm around the call due day (while the call or a document is
/// missing), to the Métropole after the payment due day (while unpaid). Renderers re-check at send time.
/// </summary>
public sealed class FundingReminderPlanner(INotificationScheduler scheduler, IOptionsMonitor<FundingOptions> options, TimeProvider time)
{
    public const string CallKind = "funding.call";
    public const string PaymentKind = "funding.payment";

    /// <summary>Schedules the year's call reminders still ahead (idempotent: keys are stable).</summary>
    public Task PlanCallAsync(string conventionId, int year, CancellationToken cancellationToken) =>
        ScheduleAheadAsync(CallPlan(conventionId, year, options.CurrentValue), cancellationToken);

    /// <summary>Replaces the year's payment reminders with those of its recorded call, if it still awaits payment.</summary>
    public async Task PlanPaymentAsync(FundingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await scheduler.CancelAsync(Prefix(record.ConventionId, record.Year) + "payment:", cancellationToken).ConfigureAwait(false);
        await ScheduleAheadAsync(PaymentPlan(record, options.CurrentValue), cancellationToken).ConfigureAwait(false);
    }

    public static IEnumerable<ScheduledNotification> CallPlan(string conventionId, int year, FundingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var due = options.CallDueDate(year);
        var payload = new FundingNotice(conventionId, year).ToJson();
        return options.EffectiveCallOffsets.Distinct().Select(offset => new ScheduledNotification(
            CallKind, Prefix(conventionId, year) + "call:" + Minutes(offset), ParisTime.At(due, options.SendAt, offset), payload, Prefix(conventionId, year) + "call"));
    }

    public static IEnumerable<ScheduledNotification> PaymentPlan(FundingRecord record, FundingOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        if (record is not { CallSentOn: { } call, PaidOn: null } || record.Decision == FundingDecision.Suspended)
        {
            return [];
        }
        var sent = call.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = options.PaymentDueDate(call);
        var payload = new FundingNotice(record.ConventionId, record.Year, sent).ToJson();
        return options.EffectivePaymentOffsets.Distinct().Select(offset => new ScheduledNotification(
            PaymentKind, Prefix(record.ConventionId, record.Year) + "payment:" + sent + ":" + Minutes(offset), ParisTime.At(due, options.SendAt, offset), payload,
            Prefix(record.ConventionId, record.Year) + "payment:" + sent));
    }

    private async Task ScheduleAheadAsync(IEnumerable<ScheduledNotification> plan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var notification in plan.Where(n => n.DueAt > now))
        {
            await scheduler.ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Prefix(string conventionId, int year) => $"funding:{conventionId}:{year.ToString(CultureInfo.InvariantCulture)}:";

    private static string Minutes(TimeSpan offset) => ((long)offset.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m";
}
