using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using ConventionBot.Conversation;
using ConventionBot.Journal;
using ConventionBot.Privacy.Contract;
using ConventionBot.Storage;

namespace ConventionBot.Privacy;

/// <summary>
/// Erases a person (RGPD art. 17) without erasing the record, a public archive: wherever a table holds one of their
/// identifiers or names, it now holds a pseudonym, the same for all of them so their contributions still read as one
/// person's. The rows keyed by their personal chat (the conversation's address, its subscriptions and delivery rows)
/// are deleted: the bot no longer writes to them. Every write is conditional on the row read; a row changed meanwhile
/// is read again on a next pass. The journal keeps that an erasure happened, and under which pseudonym, not whom.
/// </summary>
internal sealed class PersonErasure(PersonalDataScanner scanner, AuditJournal journal, ConversationReferenceStore conversations, ILogger<PersonErasure> logger)
{
    /// <summary>Passes over the tables before giving up on rows that keep changing under the erasure.</summary>
    public const int MaxPasses = 3;

    public async Task<Erasure> EraseAsync(string aadObjectId, Caller by, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(aadObjectId);
        ArgumentNullException.ThrowIfNull(by);
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        var (pseudonymId, pseudonym) = ($"erased-{code.ToLowerInvariant()}", $"Personne effacée {code}");
        Person? person = null;
        var (updated, deleted) = (0, 0);
        for (var pass = 1; ; pass++)
        {
            var tables = await scanner.LoadAsync(cancellationToken).ConfigureAwait(false);
            person ??= PersonalValues.Resolve(aadObjectId, tables.SelectMany(t => t.Rows));
            var replace = PersonalValues.Replacer(person, pseudonymId, pseudonym);
            var conflicts = 0;
            foreach (var table in tables)
            {
                foreach (var row in table.Rows)
                {
                    var changes = PersonalValues.Mentions(row, person, replace);
                    if (changes.Count == 0)
                    {
                        continue;
                    }
                    try
                    {
                        if (await ApplyAsync(table.Client, row, changes, person, cancellationToken).ConfigureAwait(false))
                        {
                            deleted++;
                        }
                        else
                        {
                            updated++;
                        }
                    }
                    catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
                    {
                        conflicts++; // Changed or removed since it was read: the next pass reads it again.
                    }
                }
            }
            if (conflicts == 0)
            {
                break;
            }
            if (pass == MaxPasses)
            {
                throw new InvalidOperationException($"{conflicts} row(s) kept changing during the erasure; run it again.");
            }
        }
        foreach (var chat in person.PersonalConversations)
        {
            conversations.Forget(chat);
        }
        await journal.RecordAsync(by, new JournalChange(
            "", "Données personnelles",
            $"identités d’une personne remplacées par le pseudonyme « {pseudonym} » ({updated} ligne(s) modifiée(s), {deleted} adresse(s) de conversation supprimée(s))"),
            cancellationToken).ConfigureAwait(false);
        PrivacyLog.Erased(logger, updated, deleted);
        return new Erasure(pseudonym, updated, deleted);
    }

    /// <summary>Writes one row's changes; true when the row was deleted (keyed by the person's personal chat, alone or as a key's first part: a subscription).</summary>
    private static async Task<bool> ApplyAsync(
        TableClient table, TableEntity row, Dictionary<string, string> changes, Person person, CancellationToken cancellationToken)
    {
        if (person.PersonalConversations.Any(chat => TableKey.IsKeyOf(row.RowKey, chat)))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (changes.Remove("RowKey", out var rowKey))
        {
            // A key cannot change: the row moves to the pseudonym's key, in one transaction with its removal.
            var moved = new TableEntity(row.PartitionKey, rowKey);
            foreach (var (property, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")))
            {
                moved[property] = changes.TryGetValue(property, out var changed) ? changed : value;
            }
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag), new TableTransactionAction(TableTransactionActionType.Add, moved)],
                cancellationToken).ConfigureAwait(false);
            return false;
        }
        var patch = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (property, value) in changes)
        {
            patch[property] = value;
        }
        await table.UpdateEntityAsync(patch, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        return false;
    }
}

/// <summary>What an erasure did: the pseudonym now standing for the person, rows rewritten, conversation rows deleted.</summary>
internal sealed record Erasure(string Pseudonym, int Updated, int Deleted);
