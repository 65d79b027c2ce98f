using System.Globalization;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ConventionBot.Bilans;

/// <summary>
/// Schedules a campaign's reminders (before the deadline, then to those still owing after it) and its escalation. What they say, and
/// whether they still go, is decided when they are due (<see cref="BilanReminderRenderer"/>, <see cref="BilanEscalationRenderer"/>).
/// </summary>
public sealed class BilanReminderPlanner(INotificationScheduler scheduler, IOptionsMonitor<BilansOptions> options, TimeProvider time)
{
    public const string ReminderKind = "bilan.reminder";
    public const string EscalationKind = "bilan.escalation";

    /// <summary>Replaces the campaign's pending reminders with those of its current deadline that are still ahead.</summary>
    public async Task PlanAsync(BilanCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await scheduler.CancelAsync(KeyPrefix(campaign.ConventionId, campaign.Year), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var notification in Plan(campaign, options.CurrentValue).Where(n => n.DueAt > now))
        {
            await scheduler.ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every reminder and the escalation of the campaign's deadline, past ones included.</summary>
    public static IEnumerable<ScheduledNotification> Plan(BilanCampaign campaign, BilansOptions options)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(options);
        var deadline = campaign.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var prefix = KeyPrefix(campaign.ConventionId, campaign.Year) + deadline + ":";
        var payload = new BilanNotice(campaign.ConventionId, campaign.Year, deadline).ToJson();
        foreach (var offset in options.EffectiveReminderOffsets.Distinct())
        {
            var minutes = ((long)offset.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            var dueAt = ParisTime.At(campaign.Deadline, options.SendAt, -offset);
            yield return new ScheduledNotification(ReminderKind, prefix + "reminder-" + minutes + "m", dueAt, payload);
        }
        var escalation = ParisTime.At(campaign.Deadline, options.SendAt, options.EscalationDelay);
        yield return new ScheduledNotification(EscalationKind, prefix + "escalation", escalation, payload);
        foreach (var offset in options.EffectiveOverdueReminderOffsets.Distinct())
        {
            var minutes = ((long)offset.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            var dueAt = ParisTime.At(campaign.Deadline, options.SendAt, offset);
            yield return new ScheduledNotification(ReminderKind, prefix + "overdue-" + minutes + "m", dueAt, payload);
        }
    }

    private static string KeyPrefix(string conventionId, int year) =>
        "bilan:" + conventionId + ":" + year.ToString(CultureInfo.InvariantCulture) + ":";
}
