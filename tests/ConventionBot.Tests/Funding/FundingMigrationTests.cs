using ConventionBot.Bilans.Contract;
using Azure.Data.Tables;
using ConventionBot.Bilans;
using ConventionBot.Conventions;
using ConventionBot.Funding;
using ConventionBot.Storage;
using ConventionBot.Tests.Conventions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Funding;

/// <summary>The contributions of the former Funding table, copied into the bilans' partitions at start-up, against Azurite.</summary>
public sealed class FundingMigrationTests : IAsyncDisposable
{
    private readonly BotAppFactory _app = new();
    private readonly TableServiceClient _service = TestStorage.ServiceClient();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Start_FormerRows_AreCopiedOnceAndNeverOverANewerOne()
    {
        var conventionId = TestDefinitions.Shipped().Id;
        var legacy = _service.GetTableClient(_app.TablePrefix + FundingStore.LegacyTableName);
        await legacy.CreateAsync();
        await legacy.AddEntityAsync(Legacy(TableKey.Escape(conventionId), "2022", call: "2022-03-01", paid: null));
        await legacy.AddEntityAsync(Legacy(TableKey.Escape(conventionId), "2023", call: "2023-03-01", paid: null));
        await legacy.AddEntityAsync(Legacy("ancienne-convention", "2019", call: "2019-03-01", paid: null));
        // 2023 was saved in its new place since (by an instance already migrated): it must stay as it is.
        var bilans = _service.GetTableClient(_app.TablePrefix + BilanStore.TableName);
        await bilans.CreateIfNotExistsAsync();
        var newer = Legacy(BilanKeys.Partition(conventionId, 2023), BilanKeys.Contribution, call: "2023-03-01", paid: "2023-06-30");
        await bilans.AddEntityAsync(newer);

        var store = _app.Services.GetRequiredService<FundingStore>(); // starts the app, which migrates
        var convention = _app.Services.GetRequiredService<ConventionCatalog>().Find(conventionId)!;

        var y2022 = await store.LoadAsync(conventionId, 2022, CancellationToken.None);
        var y2023 = await store.LoadAsync(conventionId, 2023, CancellationToken.None);
        Assert.Equal(new DateOnly(2022, 3, 1), y2022.CallSentOn);
        Assert.Equal("rib,statuts", string.Join(",", y2022.DocumentsReceived));
        Assert.Equal(FundingDecision.Reduced, y2022.Decision);
        Assert.Equal(15000.5m, y2022.ReducedAmount);
        Assert.Equal("Chantier 6 reporté", y2022.Reason);
        Assert.Equal(new DateOnly(2023, 6, 30), y2023.PaidOn);

        // The one query of every year's partition returns the same records, and the bilan readers skip the row.
        var years = await _app.Services.GetRequiredService<FundingYears>().LoadAllAsync(convention, CancellationToken.None);
        Assert.Equal((y2022.CallSentOn, y2022.Decision, y2022.ReducedAmount, y2022.Reason, y2022.UpdatedBy, y2022.UpdatedAt, y2022.ETag),
            (years[0].Record.CallSentOn, years[0].Record.Decision, years[0].Record.ReducedAmount, years[0].Record.Reason, years[0].Record.UpdatedBy, years[0].Record.UpdatedAt, years[0].Record.ETag));
        Assert.Equal(y2022.DocumentsReceived, years[0].Record.DocumentsReceived);
        Assert.Equal(new DateOnly(2023, 6, 30), years[1].Record.PaidOn);
        Assert.Null(years[2].Record.ETag);
        var bilan2022 = await _app.Services.GetRequiredService<BilanStore>().LoadYearAsync(convention, 2022, CancellationToken.None);
        Assert.Null(bilan2022.Campaign);
        Assert.All(bilan2022.Chantiers, c => Assert.Equal(BilanStatus.NotStarted, c.Status));
        Assert.Equal(convention.Chantiers.Count, bilan2022.Chantiers.Count);

        // Two instances starting together, then again: a row missing is copied once, nothing else is rewritten.
        await legacy.AddEntityAsync(Legacy(TableKey.Escape(conventionId), "2024", call: "2024-03-01", paid: null));
        var migration = _app.Services.GetRequiredService<FundingMigration>();
        var copied = await Task.WhenAll(migration.MigrateAsync(CancellationToken.None), migration.MigrateAsync(CancellationToken.None));
        Assert.Equal(1, copied.Sum());
        Assert.Equal(0, await migration.MigrateAsync(CancellationToken.None));
        Assert.Equal(y2022.ETag, (await store.LoadAsync(conventionId, 2022, CancellationToken.None)).ETag);
        Assert.Equal(new DateOnly(2023, 6, 30), (await store.LoadAsync(conventionId, 2023, CancellationToken.None)).PaidOn);
        Assert.Equal(new DateOnly(2024, 3, 1), (await store.LoadAsync(conventionId, 2024, CancellationToken.None)).CallSentOn);
    }

    [Fact]
    public async Task Start_NoFormerTable_CopiesNothingAndCreatesNoTable()
    {
        var migration = _app.Services.GetRequiredService<FundingMigration>();

        Assert.Equal(0, await migration.MigrateAsync(CancellationToken.None));
        var name = _app.TablePrefix + FundingStore.LegacyTableName;
        Assert.Empty(_service.Query(t => t.Name == name));
    }

    private static FundingEntity Legacy(string partition, string row, string call, string? paid) => new()
    {
        PartitionKey = partition,
        RowKey = row,
        CallSentOn = call,
        Documents = "rib,statuts",
        Decision = FundingDecision.Reduced,
        ReducedAmount = "15000.5",
        Reason = "Chantier 6 reporté",
        PaidOn = paid,
        UpdatedBy = "Claire Métropole",
        UpdatedAt = new DateTimeOffset(2023, 3, 2, 9, 0, 0, TimeSpan.Zero),
    };
}
