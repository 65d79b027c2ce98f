using Azure.Data.Tables;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Storage;

namespace ConventionBot.Journal;

/// <summary>
/// The audit journal: who changed what in the convention's record, and when. Append-only: rows are inserted,
/// never updated or deleted (the journal has no code path for either). Features record a change once it is saved.
/// The one exception is the law's: erasing a person (RGPD art. 17, the Privacy feature) replaces their name and ids
/// by a pseudonym in every table, this one included, and journals that it did so.
/// </summary>
public sealed class AuditJournal(TableProvider tables, TimeProvider time)
{
    public const string TableName = "Journal";

    /// <summary>Bounds on what a row quotes, so that no typed text can make it exceed the table's limits.</summary>
    public const int SubjectMax = 120;
    public const int SummaryMax = 600;
    public const int NameMax = 200;

    public async Task RecordAsync(Caller by, JournalChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(change);
        var at = time.GetUtcNow();
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(new JournalEntity
        {
            RowKey = JournalEntity.RowKeyFor(at),
            At = at,
            ActorId = by.AadObjectId,
            ActorName = by.Name is { } name ? Typography.Excerpt(name, NameMax) : null,
            ConversationId = by.ConversationId,
            ConventionId = change.ConventionId,
            Subject = Typography.Excerpt(change.Subject, SubjectMax),
            Summary = Typography.Excerpt(change.Summary, SummaryMax),
            Year = change.Year,
            Chantier = change.Chantier,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Up to <paramref name="count"/> entries matching <paramref name="query"/>, newest first, after the row <paramref name="after"/> of a previous page.</summary>
    public async Task<JournalPage> ReadAsync(JournalQuery query, string? after, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = new List<(string RowKey, JournalEntry Entry)>();
        await foreach (var row in QueryAsync(query, query.Convention?.Id, after, cancellationToken).ConfigureAwait(false))
        {
            var entry = ToEntry(row);
            if (!query.MatchesPerson(entry))
            {
                continue;
            }
            if (entries.Count == count)
            {
                return new JournalPage([.. entries.Select(e => e.Entry)], entries[^1].RowKey);
            }
            entries.Add((row.RowKey, entry));
        }
        return new JournalPage([.. entries.Select(e => e.Entry)], null);
    }

    /// <summary>Every entry of a convention's year (null: of every convention, every year), oldest first: for the CSV and the document's annex.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(string? conventionId, int? year, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        await foreach (var row in QueryAsync(new JournalQuery(Year: year), conventionId, null, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ToEntry(row));
        }
        entries.Reverse();
        return entries;
    }

    private async IAsyncEnumerable<JournalEntity> QueryAsync(
        JournalQuery query, string? conventionId, string? after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JournalEntity.Partition} and RowKey gt {after ?? ""}");
        filter += query.Year is { } year ? " and " + TableClient.CreateQueryFilter($"Year eq {year}") : "";
        filter += query.Chantier is { } chantier ? " and " + TableClient.CreateQueryFilter($"Chantier eq {chantier}") : "";
        filter += conventionId is not null ? " and " + TableClient.CreateQueryFilter($"ConventionId eq {conventionId}") : "";
        await foreach (var row in table.QueryAsync<JournalEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    private static JournalEntry ToEntry(JournalEntity row) => new(
        row.At, row.ActorId, row.ActorName, row.ConversationId, row.ConventionId, row.Subject, row.Summary, row.Year, row.Chantier);
}

/// <summary>A page of the journal, and the row to read the next one after (null on the last page).</summary>
public sealed record JournalPage(IReadOnlyList<JournalEntry> Entries, string? NextAfter);
