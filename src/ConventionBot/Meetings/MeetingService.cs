using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>
/// Schedules, changes and cancels meetings: each change is saved conditionally on the ETag the user saw,
/// then announced to subscribers with the reminders rescheduled for the new version.
/// </summary>
internal sealed class MeetingService(MeetingStore store, MeetingNotifier notifier, ConventionCatalog catalog, ILogger<MeetingService> logger)
{
    public Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Rsvp>> AnswersAsync(string meetingId, CancellationToken cancellationToken) => store.AnswersAsync(meetingId, cancellationToken);

    public Task AnswerAsync(string meetingId, Rsvp rsvp, CancellationToken cancellationToken) => store.AnswerAsync(meetingId, rsvp, cancellationToken);

    /// <summary>The last meeting of the same body before <paramref name="meeting"/>; only the earlier meetings are read.</summary>
    public async Task<Meeting?> PreviousAsync(Meeting meeting, CancellationToken cancellationToken) =>
        MeetingQueries.Previous(meeting, await store.ListBeforeAsync(meeting.Start, cancellationToken).ConfigureAwait(false));

    public async Task<ChangeResult> ScheduleAsync(MeetingDraft draft, MeetingOrganizer organizer, CancellationToken cancellationToken)
    {
        var meeting = Apply(new Meeting
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            ConventionId = "",
            Instance = draft.Instance,
            Start = draft.Start,
            Duration = draft.Duration,
            Organizer = organizer,
        }, draft);
        var saved = await store.AddAsync(meeting, cancellationToken).ConfigureAwait(false);
        MeetingsLog.Scheduled(logger, saved.Id);
        var reminders = await notifier.AnnounceAsync(saved, MeetingHeadline.Scheduled, cancellationToken).ConfigureAwait(false);
        return new ChangeResult(SaveStatus.Saved, saved, reminders);
    }

    public Task<ChangeResult> UpdateAsync(string id, string seenETag, MeetingDraft draft, CancellationToken cancellationToken) =>
        ChangeAsync(id, seenETag, current => Apply(current, draft), MeetingHeadline.Edited, cancellationToken);

    public Task<ChangeResult> CancelAsync(string id, string seenETag, CancellationToken cancellationToken) =>
        ChangeAsync(id, seenETag, current => current with { Status = MeetingStatus.Cancelled }, MeetingHeadline.Cancelled, cancellationToken);

    /// <summary>Records the compte-rendu, decisions and actions; the meeting counts as held from then on.</summary>
    public async Task<MeetingSave> RecordFollowUpAsync(string id, string seenETag, FollowUpDraft draft, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new MeetingSave(SaveStatus.Missing, null);
        }
        var updated = current with
        {
            Minutes = draft.Minutes, Decisions = draft.Decisions, Actions = draft.Actions, Status = MeetingStatus.Held, Version = current.Version + 1,
        };
        var save = await store.ReplaceAsync(updated, seenETag, cancellationToken).ConfigureAwait(false);
        LogOutcome(save, "follow-up");
        return save;
    }

    private async Task<ChangeResult> ChangeAsync(
        string id, string seenETag, Func<Meeting, Meeting> change, MeetingHeadline headline, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new ChangeResult(SaveStatus.Missing, null, []);
        }
        var save = await store.ReplaceAsync(change(current) with { Version = current.Version + 1 }, seenETag, cancellationToken).ConfigureAwait(false);
        LogOutcome(save, headline.ToString());
        if (save.Status != SaveStatus.Saved)
        {
            return new ChangeResult(save.Status, save.Meeting, []);
        }
        var reminders = await notifier.AnnounceAsync(save.Meeting!, headline, cancellationToken).ConfigureAwait(false);
        return new ChangeResult(SaveStatus.Saved, save.Meeting, reminders);
    }

    private Meeting Apply(Meeting meeting, MeetingDraft draft) => meeting with
    {
        // The convention in force on the meeting's date gives its chantiers their meaning.
        ConventionId = catalog.DefaultOn(ParisTime.DateOf(draft.Start)).Id,
        Instance = draft.Instance,
        Start = draft.Start,
        Duration = draft.Duration,
        Location = draft.Location,
        Agenda = draft.Agenda,
        Chantiers = draft.Chantiers,
    };

    private void LogOutcome(MeetingSave save, string change)
    {
        if (save.Status == SaveStatus.Saved)
        {
            MeetingsLog.Changed(logger, save.Meeting!.Id, save.Meeting.Version, change);
        }
        else
        {
            MeetingsLog.ChangeRefused(logger, save.Meeting?.Id ?? "(gone)", save.Status);
        }
    }
}

/// <summary>The outcome of a change: saved (with the reminders now planned), stale (with the latest version) or missing.</summary>
internal sealed record ChangeResult(SaveStatus Status, Meeting? Meeting, IReadOnlyList<PlannedReminder> Reminders);
