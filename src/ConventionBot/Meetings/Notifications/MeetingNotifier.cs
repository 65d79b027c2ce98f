using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// Puts a meeting's notifications in the durable schedule: the news of a change (now), the reminders and
/// the organiser's follow-up card (at the end). What they say is decided at send time by the renderers.
/// </summary>
internal sealed class MeetingNotifier(INotificationScheduler scheduler, IOptionsMonitor<RemindersOptions> options, TimeProvider time)
{
    /// <summary>
    /// Tells subscribers about the change now, and replaces every pending notification of the meeting with the new
    /// version's, in one transaction when they fit (a new meeting has none to replace: nothing is looked up).
    /// </summary>
    public async Task<IReadOnlyList<PlannedReminder>> AnnounceAsync(Meeting meeting, MeetingHeadline headline, CancellationToken cancellationToken, bool isNew = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var notice = new ScheduledNotification(NotificationKinds.Notice, NotificationKinds.NoticeKey(meeting), time.GetUtcNow(), MeetingPayload.For(meeting, headline).ToJson());
        var (reminders, planned) = Plan(meeting);
        await scheduler.ReplaceAsync(isNew ? null : NotificationKinds.MeetingPrefix(meeting.Id), [notice, .. planned], cancellationToken).ConfigureAwait(false);
        return reminders;
    }

    /// <summary>
    /// Schedules the reminders and the follow-up still to come for the meeting's current version. Idempotent
    /// (same keys), so it is also run at start-up to heal a crash between saving a meeting and scheduling.
    /// </summary>
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var (reminders, planned) = Plan(meeting);
        foreach (var notification in planned)
        {
            await scheduler.ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
        return reminders;
    }

    // The reminders and the follow-up of the meeting's current version, when it is still to be held.
    private (IReadOnlyList<PlannedReminder> Reminders, IReadOnlyList<ScheduledNotification> Notifications) Plan(Meeting meeting)
    {
        var now = time.GetUtcNow();
        if (meeting.Status != MeetingStatus.Planned || meeting.End <= now)
        {
            return ([], []);
        }
        var reminders = ReminderPlanner.Plan(meeting.Start, options.CurrentValue.EffectiveOffsets, now);
        var payload = MeetingPayload.For(meeting, MeetingHeadline.Reminder).ToJson();
        var notifications = reminders
            .Select(r => new ScheduledNotification(NotificationKinds.Reminder, NotificationKinds.ReminderKey(meeting, r.Offset), r.DueAt, payload, NotificationKinds.ReminderSeries(meeting)))
            .Append(new ScheduledNotification(NotificationKinds.FollowUp, NotificationKinds.FollowUpKey(meeting), meeting.End, payload))
            .ToList();
        return (reminders, notifications);
    }
}
