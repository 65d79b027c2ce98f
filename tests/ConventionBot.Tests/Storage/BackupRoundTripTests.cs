using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ConventionBot.Funding;
using ConventionBot.Storage;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Funding;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Storage;

/// <summary>
/// Backup and restore (scripts/backup.sh, scripts/restore.sh): the app's tables on the test Azurite are backed up to
/// JSON lines, restored into a second, empty Azurite, and the app started on the restored data shows the same cards;
/// every typed value comes back exactly, past a page of 1 000 rows.
/// </summary>
public sealed class BackupRoundTripTests(SecondAzurite target) : IClassFixture<SecondAzurite>, IDisposable
{
    private static readonly string[] Commands = ["bilan 2023", "bilan 2023 5", "financement 2023", "financement 2022", "convention"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-backup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task BackupThenRestore_IntoASecondAccount_TheAppShowsTheSameCards()
    {
        string prefix;
        var before = new Dictionary<string, string>();
        await using (var app = await BilanApp.StartAsync())
        {
            prefix = app.TablePrefix;
            await BilanSteps.OpenCampaignAsync(app);
            await BilanSteps.SubmitAsync(app, TestUser.Alice, 5, "Ateliers avec les bailleurs", meetings: "4");
            var funding = await app.SayAsync(TestUser.Admin, "financement 2023");
            await app.ClickAsync(TestUser.Admin, funding, "funding.save", FundingFlowTests.Inputs(call: "2023-03-10", documents: "rib,statuts"));
            var reduced = await app.SayAsync(TestUser.Admin, "financement 2022");
            await app.ClickAsync(TestUser.Admin, reduced, "funding.save",
                FundingFlowTests.Inputs(call: "2022-04-01", decision: "Reduced", amount: "15000.50", reason: "Chantier 6 reporté", paid: "2022-06-15"));
            foreach (var command in Commands)
            {
                before[command] = CardJson.Shown(await app.SayAsync(TestUser.Admin, command));
            }
        }

        var source = TestStorage.ServiceClient();
        var saved = await TableBackup.BackupAsync(source, prefix, _folder);
        var restored = await TableBackup.RestoreAsync(target.ServiceClient(), _folder);

        Assert.Equal(saved, restored);
        Assert.Contains(saved, t => t.Value > 0);
        foreach (var table in saved.Keys)
        {
            Assert.Equal(await LinesAsync(source, table), await LinesAsync(target.ServiceClient(), table));
        }

        await using var restoredApp = await BilanApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = target.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        foreach (var command in Commands)
        {
            Assert.Equal(Visible(before[command]), Visible(CardJson.Shown(await restoredApp.SayAsync(TestUser.Admin, command))));
        }
        Assert.Contains("15\u202f000,5\u00a0€ (réduite\u00A0: Chantier 6 reporté)", before["financement 2022"], StringComparison.Ordinal);
        Assert.Contains("Ateliers avec les bailleurs", before["bilan 2023 5"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupThenRestore_TypedValuesAndMoreThanAPage_ComeBackExactly()
    {
        var prefix = TestStorage.UniquePrefix();
        var source = TestStorage.ServiceClient();
        var table = source.GetTableClient(prefix + "Typed");
        await table.CreateIfNotExistsAsync();
        await source.GetTableClient(prefix + "Empty").CreateIfNotExistsAsync();
        var written = new List<TableEntity> { Typed("a", "1"), Typed("a", "2"), Typed("b'é ü", "x 1") };
        written[1]["Amount"] = 2.0;
        written[1]["When"] = new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(1234567);
        written[1]["Bytes"] = Array.Empty<byte>();
        for (var i = 0; i < 1_050; i++)
        {
            written.Add(new TableEntity("bulk", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)) { ["N"] = i });
        }
        foreach (var chunk in written.Chunk(100))
        {
            foreach (var partition in chunk.GroupBy(e => e.PartitionKey))
            {
                await table.SubmitTransactionAsync(partition.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
            }
        }

        var saved = await TableBackup.BackupAsync(source, prefix, _folder);
        var restored = await TableBackup.RestoreAsync(target.ServiceClient(), _folder);

        Assert.Equal(new Dictionary<string, int> { [prefix + "Empty"] = 0, [prefix + "Typed"] = written.Count }, saved);
        Assert.Equal(saved, restored);
        var back = new Dictionary<string, TableEntity>();
        await foreach (var entity in target.ServiceClient().GetTableClient(prefix + "Typed").QueryAsync<TableEntity>())
        {
            back[entity.PartitionKey + "|" + entity.RowKey] = entity;
        }
        Assert.Equal(written.Count, back.Count);
        foreach (var expected in written)
        {
            var actual = back[expected.PartitionKey + "|" + expected.RowKey];
            foreach (var (name, value) in expected)
            {
                Assert.Equal(Normal(value), Normal(actual[name]));
                Assert.Equal(Normal(value).GetType(), Normal(actual[name]).GetType());
            }
            Assert.Equal(expected.Keys.Order(), actual.Keys.Where(k => k is not "odata.etag" and not "Timestamp").Order());
        }
    }

    [Fact]
    public async Task BackupThenRestore_DossierFiles_DownloadTheSameBytesFromTheRestoredApp()
    {
        string prefix;
        await using (var app = await BilanApp.StartAsync())
        {
            prefix = app.TablePrefix;
            var card = await app.SayAsync(TestUser.Alice, "financement 2023");
            Assert.Equal(201, (await DossierSteps.PostFileAsync(app.Client, DossierSteps.UploadLink(card, "rib"), "RIB 2023.pdf", DossierSteps.Pdf)).Status);
        }

        var blobs = await BlobBackup.BackupAsync(new BlobServiceClient(TestStorage.BlobConnectionString), prefix, _folder);
        await TableBackup.BackupAsync(TestStorage.ServiceClient(), prefix, _folder);
        var restoredBlobs = await BlobBackup.RestoreAsync(new BlobServiceClient(target.ConnectionString), _folder);
        await TableBackup.RestoreAsync(target.ServiceClient(), _folder);

        Assert.Equal(new Dictionary<string, int> { [DossierBlobs.ContainerName(prefix)] = 1 }, blobs);
        Assert.Equal(blobs, restoredBlobs);
        await using var restoredApp = await BilanApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = target.ConnectionString,
            ["ConnectionStrings:Blobs"] = target.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        var restoredCard = await restoredApp.SayAsync(TestUser.Alice, "financement 2023");
        Assert.Contains("RIB 2023.pdf", CardJson.Texts(restoredCard), StringComparison.Ordinal);
        var download = await restoredApp.Client.GetAsync(Assert.Single(DossierSteps.DownloadLinks(restoredCard, "rib")));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DossierSteps.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RestoreBlobs_IntoAContainerThatHoldsBlobs_RefusesAndWritesNothing()
    {
        var prefix = TestStorage.UniquePrefix();
        var container = new BlobServiceClient(TestStorage.BlobConnectionString).GetBlobContainerClient(prefix.ToLowerInvariant() + "-files");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("a/1").UploadAsync(BinaryData.FromString("backed up"));
        await BlobBackup.BackupAsync(new BlobServiceClient(TestStorage.BlobConnectionString), prefix, _folder);
        var occupied = new BlobServiceClient(target.ConnectionString).GetBlobContainerClient(prefix.ToLowerInvariant() + "-files");
        await occupied.CreateIfNotExistsAsync();
        await occupied.GetBlobClient("b/2").UploadAsync(BinaryData.FromString("already there"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BlobBackup.RestoreAsync(new BlobServiceClient(target.ConnectionString), _folder));

        Assert.Contains("nothing was written", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["b/2"], await occupied.GetBlobsAsync().Select(b => b.Name).ToListAsync());
    }

    [Fact]
    public async Task Restore_IntoATableThatHoldsRows_RefusesAndWritesNothing()
    {
        var prefix = TestStorage.UniquePrefix();
        var source = TestStorage.ServiceClient().GetTableClient(prefix + "Rows");
        await source.CreateIfNotExistsAsync();
        await source.AddEntityAsync(new TableEntity("p", "1") { ["V"] = "backed up" });
        await TableBackup.BackupAsync(TestStorage.ServiceClient(), prefix, _folder);
        var occupied = target.ServiceClient().GetTableClient(prefix + "Rows");
        await occupied.CreateIfNotExistsAsync();
        await occupied.AddEntityAsync(new TableEntity("p", "2") { ["V"] = "already there" });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TableBackup.RestoreAsync(target.ServiceClient(), _folder));

        Assert.Contains($"{prefix}Rows already hold rows", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["2"], await occupied.QueryAsync<TableEntity>().Select(e => e.RowKey).ToListAsync());
    }

    private static TableEntity Typed(string partition, string row) => new(partition, row)
    {
        ["Text"] = "Métropole « 2023 »\n\u00A0€ \"quoted\"",
        ["Empty"] = "",
        ["Int"] = int.MinValue,
        ["Long"] = long.MaxValue,
        ["Amount"] = 15000.5,
        ["Tiny"] = 0.1 + 0.2,
        ["Yes"] = true,
        ["No"] = false,
        ["When"] = new DateTimeOffset(2023, 3, 10, 8, 30, 15, TimeSpan.Zero).AddTicks(42),
        ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
    };

    /// <summary>A value as compared: binary as its base64 (the SDK may read it as bytes or BinaryData), dates in UTC.</summary>
    private static object Normal(object? value) => value switch
    {
        byte[] bytes => "binary:" + Convert.ToBase64String(bytes),
        BinaryData data => "binary:" + Convert.ToBase64String(data.ToArray()),
        DateTimeOffset t => t.ToUniversalTime(),
        null => "null",
        _ => value,
    };

    private static async Task<List<string>> LinesAsync(TableServiceClient service, string table)
    {
        var lines = new List<string>();
        await foreach (var entity in service.GetTableClient(table).QueryAsync<TableEntity>())
        {
            lines.Add(TableBackup.ToLine(entity));
        }
        return lines;
    }

    /// <summary>A card's texts without the ETags its buttons carry (the service gives restored rows new ones).</summary>
    // Signed links (and when they expire) are made anew for each card shown.
    private static string Visible(string texts) =>
        string.Join("\n", texts.Split('\n').Where(t => !t.StartsWith("W/\"datetime'", StringComparison.Ordinal)
            && !t.Contains("?t=", StringComparison.Ordinal) && !t.Contains("servent une fois et jusqu’au", StringComparison.Ordinal)));
}
