using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Storage;

public sealed class TableKeyTests(ScratchTable scratch) : IClassFixture<ScratchTable>
{
    private readonly TableClient _table = scratch.Table;

    [Theory]
    [InlineData("a:personal-1", "a:personal-1")]
    [InlineData("19:abc@thread.tacv2;messageid=1", "19:abc@thread.tacv2;messageid=1")]
    [InlineData("a/b\\c#d?e%f", "a%2Fb%5Cc%23d%3Fe%25f")]
    [InlineData("tab\there", "tab%09here")]
    public void Escape_ShortValue_IsReadableAndReversible(string value, string expected)
    {
        Assert.Equal(expected, TableKey.Escape(value));
    }

    [Fact]
    public void Escape_ValuesLongerThanAKey_FitAndStayDistinctAndStable()
    {
        var common = new string('/', 400); // escapes to 1 200 characters
        var first = TableKey.Escape(common + "1");
        var second = TableKey.Escape(common + "2");

        Assert.Equal(TableLimits.MaxKeyChars, first.Length);
        Assert.NotEqual(first, second);
        Assert.Equal(first, TableKey.Escape(common + "1"));
        Assert.StartsWith("%2F%2F", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_WithRoomLeft_StaysWithinIt()
    {
        Assert.Equal(100, TableKey.Escape(new string('x', 300), maxLength: 100).Length);
    }

    [Fact]
    public void Escape_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var key = TableKey.Escape(string.Concat(Enumerable.Repeat("😀", 400)));

        Assert.False(char.IsHighSurrogate(key[key.IndexOf('~', StringComparison.Ordinal) - 1]));
    }

    [Fact]
    public async Task Escape_HostileLongId_IsAKeyTheServiceTakesAndFindsAgain()
    {
        var id = "a:" + new string('#', 1000);

        await _table.AddEntityAsync(new TableEntity("keys", TableKey.Escape(id)) { ["Id"] = id });

        Assert.Equal(id, (await _table.GetEntityAsync<TableEntity>("keys", TableKey.Escape(id))).Value.GetString("Id"));
    }

    [Fact]
    public void Join_LongFirstPart_FitsAKeyAndIsKnownAsThatValuesKey()
    {
        var id = "a:" + new string('x', 600);

        var key = TableKey.Join(id, "cua-arras-plh-2014-2020");

        Assert.True(key.Length <= TableLimits.MaxKeyChars);
        Assert.EndsWith("|cua-arras-plh-2014-2020", key, StringComparison.Ordinal);
        Assert.True(TableKey.IsKeyOf(key, id));
        Assert.True(TableKey.IsKeyOf(TableKey.Escape("a:x/y"), "a:x/y"));
        Assert.False(TableKey.IsKeyOf(TableKey.Join("a:x1", "c"), "a:x"));
    }

    [Fact]
    public async Task FirstPartRange_OneRangeQuery_FindsEveryJoinedKeyOfThatValueAndNoOther()
    {
        foreach (var (first, second) in new[] { ("a:x", "c1"), ("a:x", "c2"), ("a:x1", "c1"), ("a:w", "c1"), ("a:y", "c1") })
        {
            await _table.AddEntityAsync(new TableEntity("joined", TableKey.Join(first, second)));
        }

        var (after, before) = TableKey.FirstPartRange("a:x");
        var found = new List<string>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"joined"} and RowKey gt {after} and RowKey lt {before}")))
        {
            found.Add(row.RowKey);
        }

        Assert.Equal(["a:x|c1", "a:x|c2"], found);
    }
}
