using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Funding;

/// <summary>Reads and records a year's contribution; payment reminders follow each recorded call.</summary>
public sealed class FundingService(
    FundingStore store, FundingYears years, FundingReminderPlanner reminders, AuditJournal journal, TimeProvider time, ILogger<FundingService> logger)
{
    public Task<FundingYear> LoadAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken) =>
        years.LoadAsync(convention, year, cancellationToken);

    /// <param name="before">The record the admin's card showed: the journal says what changed from it.</param>
    /// <returns>The saved record, or null when someone saved since the admin's card was built (<paramref name="etag"/>).</returns>
    public async Task<FundingRecord?> SaveAsync(
        ConventionDefinition convention, FundingRecord before, FundingRecord record, string? etag, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(caller);
        var stamped = record with { UpdatedBy = caller.Name ?? caller.AadObjectId ?? "?", UpdatedAt = time.GetUtcNow() };
        var saved = await store.SaveAsync(stamped, etag, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            FundingLog.Saved(logger, saved.ConventionId, saved.Year);
            await reminders.PlanPaymentAsync(saved, cancellationToken).ConfigureAwait(false);
            await journal.RecordAsync(caller, FundingChanges.Describe(before, saved, convention), cancellationToken).ConfigureAwait(false);
        }
        return saved;
    }
}
