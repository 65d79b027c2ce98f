using Azure.Data.Tables;
using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Storage;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConventionBot.Tests.Diagnostics;

[Collection(TelemetryRunsAlone.Name)]
public sealed class BilanTelemetryTests : IAsyncLifetime
{
    private static readonly Caller Admin = new("11111111-1111-1111-1111-111111111111", "Camille Martin", Activities.TenantId, true, true, Language.French, "a:personal-1", "personal");
    private static readonly BilanContent Content = BilanContent.Empty with { Actions = "Trois ateliers" };

    private CompetingWritePolicy _race = null!;
    private TelemetryApp _app = null!;

    public async Task InitializeAsync()
    {
        TableClient? bilans = null;
        _race = new CompetingWritePolicy(() => bilans!);
        _app = await TelemetryApp.StartAsync(services => services.AddSingleton(sp =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(_race, Azure.Core.HttpPipelinePosition.PerCall);
            var prefix = sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix;
            bilans = new TableServiceClient(TestStorage.ConnectionString).GetTableClient(prefix + BilanStore.TableName);
            return new TableServiceClient(TestStorage.ConnectionString, options);
        }));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SaveAsync_SavedThenStaleCardThenLostRace_CountsSavedStaleAndConflict()
    {
        var workflow = _app.Services.GetRequiredService<BilanWorkflow>();
        var convention = _app.Services.GetRequiredService<ConventionCatalog>().Find("amp-arhlm-2022-2024")!;
        await workflow.OpenAsync(convention, 2023, new DateOnly(2024, 3, 31), Admin, default);

        var saved = await workflow.SaveAsync(convention, 2023, 1, Content, false, null, Admin, default);
        var stale = await workflow.SaveAsync(convention, 2023, 1, Content, false, null, Admin, default);
        _race.Arm(BilanKeys.Partition(convention.Id, 2023), BilanKeys.Chantier(1));
        var raced = await workflow.SaveAsync(convention, 2023, 1, Content, false, saved.Bilan.ETag, Admin, default);
        var points = _app.Telemetry.Points(_app.Services, "conventionbot.bilan.saves");

        Assert.Equal([ChantierOutcomeKind.Saved, ChantierOutcomeKind.Conflict, ChantierOutcomeKind.Conflict], [saved.Kind, stale.Kind, raced.Kind]);
        Assert.Equal(
            [("conflict", 1L), ("saved", 1L), ("stale", 1L)],
            points.Where(p => p.Tag("bilan.event") == "saved").Select(p => (p.Tag("bilan.outcome"), p.Point.GetSumLong())).Order());
    }
}
