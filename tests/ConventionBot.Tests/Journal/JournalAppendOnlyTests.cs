using ConventionBot.Tests.Architecture;

namespace ConventionBot.Tests.Journal;

/// <summary>
/// The journal is append-only by construction: the code has no path that updates or deletes a row of it, but for the
/// erasure of a person, which rewrites identities in every table without naming any (PersonalDataTests pins that
/// it changes only names and ids).
/// </summary>
public sealed class JournalAppendOnlyTests
{
    private static readonly string[] Writes = ["UpsertEntity", "UpdateEntity", "DeleteEntity", "SubmitTransaction", "DeleteTable", "TableTransactionAction"];

    [Fact]
    public void JournalSources_OnlyInsertRows()
    {
        var journal = ImportRules.Read().Where(f => f.Path.StartsWith("Journal/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(journal);
        Assert.Contains(journal, f => f.Text.Contains("AddEntityAsync", StringComparison.Ordinal));
        Assert.Empty(journal.Where(f => Writes.Any(w => f.Text.Contains(w, StringComparison.Ordinal))).Select(f => f.Path));
    }

    [Fact]
    public void OtherSources_NeverTouchTheJournalTable()
    {
        var outside = ImportRules.Read().Where(f => !f.Path.StartsWith("Journal/", StringComparison.Ordinal));

        Assert.Empty(outside.Where(f => f.Text.Contains("JournalEntity", StringComparison.Ordinal)
            || f.Text.Contains("AuditJournal.TableName", StringComparison.Ordinal)).Select(f => f.Path));
    }
}
