using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Meetings;

/// <summary>
/// Schedules, changes and cancels meetings: each change is saved conditionally on the ETag the user saw,
/// then announced to subscribers with the reminders rescheduled for the new version.
/// </summary>
internal sealed class MeetingService(
    MeetingStore store, MeetingNotifier notifier, AuditJournal journal, ConventionCatalog catalog, ILogger<MeetingService> logger)
{
    public Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <summary>Every meeting, earliest first.</summary>
    public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Every answer to every meeting, by meeting id.</summary>
    public Task<ILookup<string, Rsvp>> AllAnswersAsync(CancellationToken cancellationToken) => store.AllAnswersAsync(cancellationToken);

    public Task<IReadOnlyList<Rsvp>> AnswersAsync(string meetingId, CancellationToken cancellationToken) => store.AnswersAsync(meetingId, cancellationToken);

    public Task AnswerAsync(string meetingId, Rsvp rsvp, CancellationToken cancellationToken) => store.AnswerAsync(meetingId, rsvp, cancellationToken);

    /// <summary>The last meeting of the same body before <paramref name="meeting"/>; only the earlier meetings are read.</summary>
    public async Task<Meeting?> PreviousAsync(Meeting meeting, CancellationToken cancellationToken) =>
        MeetingQueries.Previous(meeting, await store.ListBeforeAsync(meeting.Start, cancellationToken).ConfigureAwait(false));

    public async Task<ChangeResult> ScheduleAsync(MeetingDraft draft, Caller by, CancellationToken cancellationToken)
    {
        var saved = await store.AddAsync(New(draft, by, MeetingStatus.Planned), cancellationToken).ConfigureAwait(false);
        MeetingsLog.Scheduled(logger, saved.Id);
        await journal.RecordAsync(by, MeetingJournal.Of(saved, "planifiée"), cancellationToken).ConfigureAwait(false);
        var reminders = await notifier.AnnounceAsync(saved, MeetingHeadline.Scheduled, cancellationToken, isNew: true).ConfigureAwait(false);
        return new ChangeResult(SaveStatus.Saved, saved, reminders);
    }

    /// <summary>Records a meeting that already took place: saved as held, announced to nobody, no reminders.</summary>
    public async Task<Meeting> RecordPastAsync(MeetingDraft draft, Caller by, CancellationToken cancellationToken)
    {
        var saved = await store.AddAsync(New(draft, by, MeetingStatus.Held), cancellationToken).ConfigureAwait(false);
        MeetingsLog.Recorded(logger, saved.Id);
        await journal.RecordAsync(by, MeetingJournal.Of(saved, "consignée après coup (réunion passée)"), cancellationToken).ConfigureAwait(false);
        return saved;
    }

    /// <param name="current">The meeting as the caller just read it (not read again): the save applies only over <paramref name="seenETag"/>.</param>
    public Task<ChangeResult> UpdateAsync(Meeting current, string seenETag, MeetingDraft draft, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(current, seenETag, m => Apply(m, draft), MeetingHeadline.Edited, by, cancellationToken);

    /// <param name="current">The meeting as the caller just read it (not read again): the save applies only over <paramref name="seenETag"/>.</param>
    public Task<ChangeResult> CancelAsync(Meeting current, string seenETag, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(current, seenETag, m => m with { Status = MeetingStatus.Cancelled }, MeetingHeadline.Cancelled, by, cancellationToken);

    /// <summary>Records the compte-rendu, decisions and actions; the meeting counts as held from then on.</summary>
    /// <param name="current">The meeting as the caller just read it (not read again): the save applies only over <paramref name="seenETag"/>.</param>
    public async Task<MeetingSave> RecordFollowUpAsync(Meeting current, string seenETag, FollowUpDraft draft, Caller by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var updated = current with
        {
            Minutes = draft.Minutes, Decisions = draft.Decisions, Actions = draft.Actions, Participants = draft.Participants, Status = MeetingStatus.Held, Version = current.Version + 1,
        };
        var save = await store.ReplaceAsync(updated, seenETag, cancellationToken).ConfigureAwait(false);
        LogOutcome(save, "follow-up");
        if (save is { Status: SaveStatus.Saved, Meeting: { } saved })
        {
            await journal.RecordAsync(by, MeetingJournal.Of(saved, MeetingJournal.FollowUp(saved)), cancellationToken).ConfigureAwait(false);
        }
        return save;
    }

    // The version written is one more than the one read; were the stored meeting changed since, its ETag differs
    // from seenETag (the card's, never newer than what was read) and nothing is written.
    private async Task<ChangeResult> ChangeAsync(
        Meeting current, string seenETag, Func<Meeting, Meeting> change, MeetingHeadline headline, Caller by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var save = await store.ReplaceAsync(change(current) with { Version = current.Version + 1 }, seenETag, cancellationToken).ConfigureAwait(false);
        LogOutcome(save, headline.ToString());
        if (save is { Status: SaveStatus.Saved, Meeting: { } saved })
        {
            var summary = headline == MeetingHeadline.Cancelled ? "annulée" : "modifiée (date, lieu, ordre du jour ou chantiers)";
            await journal.RecordAsync(by, MeetingJournal.Of(saved, summary), cancellationToken).ConfigureAwait(false);
        }
        // A held meeting is a record of the past: changing it concerns no subscriber and plans no reminder.
        if (save.Status != SaveStatus.Saved || current.Status == MeetingStatus.Held)
        {
            return new ChangeResult(save.Status, save.Meeting, []);
        }
        var reminders = await notifier.AnnounceAsync(save.Meeting!, headline, cancellationToken).ConfigureAwait(false);
        return new ChangeResult(SaveStatus.Saved, save.Meeting, reminders);
    }

    private Meeting New(MeetingDraft draft, Caller by, MeetingStatus status) => Apply(new Meeting
    {
        Id = Guid.NewGuid().ToString("N")[..12],
        ConventionId = "",
        Instance = draft.Instance,
        Start = draft.Start,
        Duration = draft.Duration,
        Organizer = new MeetingOrganizer(by.AadObjectId, by.Name, by.ConversationId, by.Language),
        Status = status,
    }, draft);

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
