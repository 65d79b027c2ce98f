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
        var escalation = ParisTime.At(campaign.Deadline, options.SendAt, options.EscalationDelay);
        return
        [
            .. Reminders(campaign.Deadline, prefix, payload, options, overdue: false),
            new(EscalationKind, prefix + "escalation", escalation, payload),
            .. Reminders(campaign.Deadline, prefix, payload, options, overdue: true),
        ];
    }

    /// <summary>
    /// The reminders, before and after, of one chantier's own deadline (an extension granted to it), past ones included.
    /// Their keys name the chantier and the date, apart from the campaign's: replanning the campaign leaves them, and the
    /// renderers drop those of a date that is no longer the chantier's.
    /// </summary>
    public static IEnumerable<ScheduledNotification> PlanChantier(string conventionId, int year, int chantier, DateOnly deadline, BilansOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var date = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var payload = new BilanNotice(conventionId, year, date, Chantier: chantier).ToJson();
        var prefix = ChantierKeyPrefix(conventionId, year, chantier) + date + ":";
        return [.. Reminders(deadline, prefix, payload, options, overdue: false), .. Reminders(deadline, prefix, payload, options, overdue: true)];
    }

    /// <summary>Schedules the chantier's reminders of <paramref name="deadline"/> still ahead (idempotent: the keys name the date).</summary>
    public async Task PlanChantierAsync(string conventionId, int year, int chantier, DateOnly deadline, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ahead = PlanChantier(conventionId, year, chantier, deadline, options.CurrentValue).Where(n => n.DueAt > now).ToList();
        await scheduler.ReplaceAsync(null, ahead, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the chantier's pending reminders of a deadline it no longer has.</summary>
    public Task CancelChantierAsync(string conventionId, int year, int chantier, DateOnly deadline, CancellationToken cancellationToken) =>
        scheduler.CancelAsync(ChantierKeyPrefix(conventionId, year, chantier) + deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":", cancellationToken);

    // Before the deadline day's send time (J-N), or after it (J+N, to those still owing).
    private static IEnumerable<ScheduledNotification> Reminders(DateOnly deadline, string prefix, string payload, BilansOptions options, bool overdue)
    {
        var offsets = overdue ? options.EffectiveOverdueReminderOffsets : options.EffectiveReminderOffsets;
        foreach (var offset in offsets.Distinct())
        {
            var minutes = ((long)offset.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            var name = (overdue ? "overdue-" : "reminder-") + minutes + "m";
            // Before and after the deadline, one series: after an outage only the latest due is sent.
            yield return new ScheduledNotification(ReminderKind, prefix + name, ParisTime.At(deadline, options.SendAt, overdue ? offset : -offset), payload, prefix);
        }
    }

    private static string ChantierKeyPrefix(string conventionId, int year, int chantier) =>
        "bilan-extension:" + conventionId + ":" + year.ToString(CultureInfo.InvariantCulture) + ":" + chantier.ToString(CultureInfo.InvariantCulture) + ":";

    private static string KeyPrefix(string conventionId, int year) =>
        "bilan:" + conventionId + ":" + year.ToString(CultureInfo.InvariantCulture) + ":";
}
