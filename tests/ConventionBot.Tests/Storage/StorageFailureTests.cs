using Azure;
using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Storage;

/// <summary>"Storage unavailable" as the official client reports it, told apart from answers that say the request was wrong.</summary>
public sealed class StorageFailureTests(ScratchTable scratch) : IClassFixture<ScratchTable>
{
    private readonly TableClient _table = scratch.Table;

    [Fact]
    public async Task IsUnavailable_NothingListening_IsTrueOnceRetriesAreExhausted()
    {
        var options = StorageServiceCollectionExtensions.CreateClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var closed = new TableClient(new Uri("http://127.0.0.1:9/devstoreaccount1"), "nothing", new TableSharedKeyCredential("devstoreaccount1", "a2V5"), options);

        var failure = await Record.ExceptionAsync(() => closed.GetEntityIfExistsAsync<TableEntity>("p", "r"));

        Assert.NotNull(failure);
        Assert.True(StorageFailure.IsUnavailable(failure), failure.ToString());
    }

    [Fact]
    public async Task IsUnavailable_ConflictOrMissingRow_IsFalse()
    {
        await _table.AddEntityAsync(new TableEntity("answers", "row"));

        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() => _table.AddEntityAsync(new TableEntity("answers", "row")));
        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => _table.GetEntityAsync<TableEntity>("answers", "none"));

        Assert.False(StorageFailure.IsUnavailable(conflict));
        Assert.False(StorageFailure.IsUnavailable(missing));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(403, true)]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(412, false)]
    public void IsUnavailable_ByStatus(int status, bool expected)
    {
        Assert.Equal(expected, StorageFailure.IsUnavailable(new RequestFailedException(status, "status " + status)));
    }
}
