using System.Globalization;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;
using ConventionBot.Scheduling;

namespace ConventionBot.Bilans;

/// <summary>
/// Delay requests: a contributor asks for a later deadline for one chantier's bilan of a year, the admins are told;
/// one of them grants it (the chantier's reminders then follow the new date) or refuses it; the contributor is told
/// where they asked. Each write goes over the version read (ETag): a double click decides once.
/// </summary>
internal sealed class BilanDelays(
    BilanStore store,
    BilanDelayStore delays,
    BilanReminderPlanner reminders,
    INotificationScheduler scheduler,
    AuditJournal journal,
    TimeProvider time,
    ILogger<BilanDelays> logger)
{
    public const string AskedKind = "bilan.delayAsked";
    public const string AnsweredKind = "bilan.delayAnswered";

    /// <param name="loaded">The year as just read, against which <paramref name="wished"/> was checked.</param>
    public async Task<DelayOutcome> AskAsync(
        ConventionDefinition convention, BilanYear loaded, int chantier, DateOnly wished, string reason, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(loaded);
        var current = loaded.DelayOf(chantier);
        if (current?.Status == BilanDelayStatus.Pending)
        {
            return new(DelayOutcomeKind.Pending, loaded);
        }
        if (loaded.Campaign is null || loaded.Chantier(chantier).IsHandedIn)
        {
            return new(DelayOutcomeKind.Refused, loaded);
        }
        var now = time.GetUtcNow();
        var asked = new BilanDelay(
            chantier, BilanDelayStatus.Pending, wished, reason, NameOf(caller), now, caller.ConversationId, current?.Granted, current?.GrantedBy, current?.GrantedAt);
        if (await delays.WriteAsync(convention.Id, loaded.Year, asked, current?.ETag, cancellationToken).ConfigureAwait(false) is not { } saved)
        {
            return new(DelayOutcomeKind.Conflict, await store.LoadYearAsync(convention, loaded.Year, cancellationToken).ConfigureAwait(false));
        }
        await NotifyAsync(AskedKind, convention.Id, loaded.Year, saved, "asked", cancellationToken).ConfigureAwait(false);
        BilansLog.DelayAsked(logger, convention.Id, loaded.Year, chantier);
        await journal.RecordAsync(caller, BilanJournal.Chantier(convention, loaded.Year, chantier,
            $"délai demandé jusqu’au {DateText.Numeric(wished)}, motif : « {reason} »"), cancellationToken).ConfigureAwait(false);
        return new(DelayOutcomeKind.Saved, loaded.With(saved));
    }

    /// <summary>Grants the pending request with <paramref name="granted"/> as the chantier's deadline, or refuses it (null).</summary>
    /// <param name="etag">The request's version the admin's card was built with.</param>
    public async Task<DelayOutcome> DecideAsync(
        ConventionDefinition convention, BilanYear loaded, int chantier, DateOnly? granted, string comment, string? etag, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.DelayOf(chantier) is not { Status: BilanDelayStatus.Pending } current)
        {
            return new(DelayOutcomeKind.Decided, loaded);
        }
        if (current.ETag != etag)
        {
            return new(DelayOutcomeKind.Conflict, loaded);
        }
        var next = Decide(current, granted, comment, NameOf(caller));
        if (granted is { } date)
        {
            // Planned before the write, so a crash in between loses none; those of a date the chantier does not get are dropped when due.
            await reminders.PlanChantierAsync(convention.Id, loaded.Year, chantier, date, cancellationToken).ConfigureAwait(false);
        }
        if (await delays.WriteAsync(convention.Id, loaded.Year, next, current.ETag, cancellationToken).ConfigureAwait(false) is not { } saved)
        {
            var latest = await store.LoadYearAsync(convention, loaded.Year, cancellationToken).ConfigureAwait(false);
            return new(latest.DelayOf(chantier)?.Status == BilanDelayStatus.Pending ? DelayOutcomeKind.Conflict : DelayOutcomeKind.Decided, latest);
        }
        if (granted is not null && current.Granted is { } previous && previous != granted)
        {
            await reminders.CancelChantierAsync(convention.Id, loaded.Year, chantier, previous, cancellationToken).ConfigureAwait(false);
        }
        await NotifyAsync(AnsweredKind, convention.Id, loaded.Year, saved, "answered", cancellationToken).ConfigureAwait(false);
        BilansLog.DelayDecided(logger, convention.Id, loaded.Year, chantier, saved.Status);
        var decision = granted is { } until ? $"délai accordé jusqu’au {DateText.Numeric(until)}" : "délai refusé";
        await journal.RecordAsync(caller, BilanJournal.Chantier(convention, loaded.Year, chantier,
            comment.Length == 0 ? decision : $"{decision}, commentaire : « {comment} »"), cancellationToken).ConfigureAwait(false);
        return new(DelayOutcomeKind.Saved, loaded.With(saved));
    }

    private BilanDelay Decide(BilanDelay current, DateOnly? granted, string comment, string by)
    {
        var decided = current with { DecidedBy = by, Comment = comment.Length == 0 ? null : comment };
        return granted is { } date
            ? decided with { Status = BilanDelayStatus.Granted, Granted = date, GrantedBy = by, GrantedAt = time.GetUtcNow() }
            : decided with { Status = BilanDelayStatus.Refused };
    }

    // One notification per request and step: the key names the request by the time it was made.
    private Task NotifyAsync(string kind, string conventionId, int year, BilanDelay delay, string step, CancellationToken cancellationToken)
    {
        var key = $"bilan-delay:{conventionId}:{year}:{delay.Chantier}:{delay.AskedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{step}";
        var notice = new BilanNotice(conventionId, year, Chantier: delay.Chantier);
        return scheduler.ScheduleAsync(new ScheduledNotification(kind, key, time.GetUtcNow(), notice.ToJson()), cancellationToken);
    }

    private static string NameOf(Caller caller) => caller.Name ?? caller.AadObjectId ?? "?";
}
