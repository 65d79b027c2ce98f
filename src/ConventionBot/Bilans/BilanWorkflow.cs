using System.Diagnostics.Metrics;
using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Bilans;

/// <summary>
/// The rules of the annual bilan: campaigns opened by admins, chantiers saved and submitted by contributors over
/// the version they saw, reviewed by admins, each version kept, contributors told of reviews.
/// </summary>
public sealed class BilanWorkflow(
    BilanStore store,
    BilanReminderPlanner reminders,
    BilanReviewNotifier notifier,
    AuditJournal journal,
    TimeProvider time,
    IMeterFactory meterFactory,
    ILogger<BilanWorkflow> logger)
{
    private readonly BilanMetrics _metrics = new(meterFactory);

    public Task<BilanYear> LoadAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken) =>
        store.LoadYearAsync(convention, year, cancellationToken);

    /// <returns>The opened campaign, or null when it was already open.</returns>
    public async Task<BilanCampaign?> OpenAsync(ConventionDefinition convention, int year, DateOnly deadline, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var opened = await store.OpenAsync(new BilanCampaign(convention.Id, year, deadline, NameOf(caller), time.GetUtcNow(), ""), cancellationToken)
            .ConfigureAwait(false);
        if (opened is not null)
        {
            await reminders.PlanAsync(opened, cancellationToken).ConfigureAwait(false);
            BilansLog.CampaignOpened(logger, convention.Id, year);
            await journal.RecordAsync(caller, BilanJournal.CampaignOpened(convention.Id, year, deadline), cancellationToken).ConfigureAwait(false);
        }
        return opened;
    }

    /// <returns>The campaign with its new deadline, or null when it changed since the admin's card was built.</returns>
    public async Task<BilanCampaign?> ChangeDeadlineAsync(BilanCampaign campaign, DateOnly deadline, Caller caller, CancellationToken cancellationToken)
    {
        var changed = await store.ChangeDeadlineAsync(campaign, deadline, NameOf(caller), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (changed is not null)
        {
            await reminders.PlanAsync(changed, cancellationToken).ConfigureAwait(false);
            await journal.RecordAsync(caller, BilanJournal.DeadlineChanged(campaign.ConventionId, campaign.Year, deadline), cancellationToken).ConfigureAwait(false);
        }
        return changed;
    }

    /// <summary>Saves a draft, or submits, over the version whose ETag the contributor's card carried; refused once validated or without a campaign.</summary>
    public async Task<ChantierOutcome> SaveAsync(
        ConventionDefinition convention, int year, int chantier, BilanContent content, bool submit, string? etag, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var @event = submit ? BilanEvent.Submitted : BilanEvent.Saved;
        var loaded = await LoadAsync(convention, year, cancellationToken).ConfigureAwait(false);
        var current = loaded.Chantier(chantier);
        if (current.ETag != etag)
        {
            return Unwritten(@event, BilanMetrics.Stale, ChantierOutcomeKind.Conflict, loaded, chantier);
        }
        if (current.Status == BilanStatus.Validated || loaded.Campaign is null)
        {
            return Unwritten(@event, BilanMetrics.Refused, ChantierOutcomeKind.Refused, loaded, chantier);
        }
        var status = submit ? BilanStatus.Submitted : current.Status == BilanStatus.ChangesRequested ? BilanStatus.ChangesRequested : BilanStatus.Draft;
        var next = Touch(current, status, caller) with
        {
            Content = content,
            // A new submission answers the review: its comment goes with it (it stays in the history).
            ReviewComment = submit ? null : current.ReviewComment,
            ReviewedBy = submit ? null : current.ReviewedBy,
            ReviewedAt = submit ? null : current.ReviewedAt,
            Contributors = WithContributor(current.Contributors, caller),
        };
        return await WriteAsync(convention, loaded, next, @event, caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates a submitted chantier, or asks for changes (also on a validated one, which reopens it).</summary>
    public async Task<ChantierOutcome> ReviewAsync(
        ConventionDefinition convention, int year, int chantier, bool validate, string comment, string? etag, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var @event = validate ? BilanEvent.Validated : BilanEvent.ChangesRequested;
        var loaded = await LoadAsync(convention, year, cancellationToken).ConfigureAwait(false);
        var current = loaded.Chantier(chantier);
        if (current.ETag != etag)
        {
            return Unwritten(@event, BilanMetrics.Stale, ChantierOutcomeKind.Conflict, loaded, chantier);
        }
        if (validate ? current.Status != BilanStatus.Submitted : !current.IsHandedIn)
        {
            return Unwritten(@event, BilanMetrics.Refused, ChantierOutcomeKind.Refused, loaded, chantier);
        }
        var next = Touch(current, validate ? BilanStatus.Validated : BilanStatus.ChangesRequested, caller) with
        {
            ReviewComment = comment.Length == 0 ? null : comment,
            ReviewedBy = NameOf(caller),
            ReviewedAt = time.GetUtcNow(),
        };
        var outcome = await WriteAsync(convention, loaded, next, @event, caller, cancellationToken).ConfigureAwait(false);
        return outcome.Kind == ChantierOutcomeKind.Saved
            ? outcome with { Reach = await notifier.NotifyAsync(convention.Id, year, outcome.Bilan, caller, cancellationToken).ConfigureAwait(false) }
            : outcome;
    }

    public Task<IReadOnlyList<BilanVersion>> HistoryAsync(ConventionDefinition convention, int year, int chantier, CancellationToken cancellationToken) =>
        store.HistoryAsync(convention.Id, year, chantier, cancellationToken);

    // The outcome carries the year as written (or as re-read after a conflict): the answer is built from it.
    private async Task<ChantierOutcome> WriteAsync(
        ConventionDefinition convention, BilanYear loaded, ChantierBilan next, BilanEvent @event, Caller caller, CancellationToken cancellationToken)
    {
        var year = loaded.Year;
        var saved = await store.SaveAsync(convention.Id, year, next, @event, caller.AadObjectId, next.ETag, cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            _metrics.Record(@event, BilanMetrics.Conflict);
            var latest = await LoadAsync(convention, year, cancellationToken).ConfigureAwait(false);
            return new ChantierOutcome(ChantierOutcomeKind.Conflict, latest, next.Chantier);
        }
        _metrics.Record(@event, BilanMetrics.Saved);
        BilansLog.ChantierWritten(logger, convention.Id, year, next.Chantier, @event, next.Version);
        await journal.RecordAsync(caller, BilanJournal.Written(convention, year, next, @event), cancellationToken).ConfigureAwait(false);
        return new ChantierOutcome(ChantierOutcomeKind.Saved, loaded.With(saved), next.Chantier);
    }

    private ChantierOutcome Unwritten(BilanEvent @event, string metricOutcome, ChantierOutcomeKind kind, BilanYear loaded, int chantier)
    {
        _metrics.Record(@event, metricOutcome);
        return new ChantierOutcome(kind, loaded, chantier);
    }

    private ChantierBilan Touch(ChantierBilan current, BilanStatus status, Caller caller) =>
        current with { Status = status, Version = current.Version + 1, LastBy = NameOf(caller), LastAt = time.GetUtcNow() };

    private static IReadOnlyList<Contributor> WithContributor(IReadOnlyList<Contributor> contributors, Caller caller)
    {
        var me = new Contributor(caller.AadObjectId, NameOf(caller), caller.ConversationId);
        return [.. contributors.Where(c => c.AadObjectId is null ? c.Name != me.Name : c.AadObjectId != me.AadObjectId), me];
    }

    private static string NameOf(Caller caller) => caller.Name ?? caller.AadObjectId ?? "?";
}
