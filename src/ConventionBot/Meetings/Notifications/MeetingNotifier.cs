using ConventionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// Puts a meeting's notifications in the durable schedule: the news of a change (now), the reminders and
/// the organiser's follow-up card (at the end). What they say is decided at send time by the renderers.
/// </summary>
internal sealed class MeetingNotifier(INotificationScheduler scheduler, IOptionsMonitor<RemindersOptions> options, TimeProvider time)
{
    /// <summary>Tells subscribers about the change now, and replaces every pending notification of the meeting with the new version's.</summary>
    public async Task<IReadOnlyList<PlannedReminder>> AnnounceAsync(Meeting meeting, MeetingHeadline headline, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(NotificationKinds.MeetingPrefix(meeting.Id), cancellationToken).ConfigureAwait(false);
        var notice = new ScheduledNotification(NotificationKinds.Notice, NotificationKinds.NoticeKey(meeting), time.GetUtcNow(), MeetingPayload.For(meeting, headline).ToJson());
        await scheduler.ScheduleAsync(notice, cancellationToken).ConfigureAwait(false);
        return await PlanAsync(meeting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Schedules the reminders and the follow-up still to come for the meeting's current version. Idempotent
    /// (same keys), so it is also run at start-up to heal a crash between saving a meeting and scheduling.
    /// </summary>
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (meeting.Status != MeetingStatus.Planned || meeting.End <= now)
        {
            return [];
        }
        var reminders = ReminderPlanner.Plan(meeting.Start, options.CurrentValue.EffectiveOffsets, now);
        var payload = MeetingPayload.For(meeting, MeetingHeadline.Reminder).ToJson();
        foreach (var reminder in reminders)
        {
            var notification = new ScheduledNotification(NotificationKinds.Reminder, NotificationKinds.ReminderKey(meeting, reminder.Offset), reminder.DueAt, payload);
            await scheduler.ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
        var followUp = new ScheduledNotification(NotificationKinds.FollowUp, NotificationKinds.FollowUpKey(meeting), meeting.End, payload);
        await scheduler.ScheduleAsync(followUp, cancellationToken).ConfigureAwait(false);
        return reminders;
    }
}
