using ConventionBot.Conventions;
using ConventionBot.Funding;
using ConventionBot.Meetings;
using ConventionBot.Scheduling;
using System.Text.Json;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;
using ConventionBot.Tests.Meetings;
using TestUser = ConventionBot.Tests.Bilans.TestUser;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConventionBot.Tests.Conversation;

/// <summary>
/// Counts the Table requests of each command once the app is warm (tables created, conversation remembered), with an
/// open campaign, a meeting and a contribution stored, and prints them as a report. The notification dispatcher does
/// not run here: only the user action's own requests are counted, not a notice it schedules being sent meanwhile.
/// </summary>
public sealed class StorageRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The app's clock stands still but for the test's steps, and the dispatcher is removed, so no background loop
    // reads storage while a command is counted.
    private static readonly DateTimeOffset Now = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly StorageRequestCounter _counter = new();
    private BilanApp _app = null!;

    // At most 2 per card: the convention card and the deadlines read the meetings and, in one query, every year's
    // partition of the bilans (campaign, chantiers and the year's contribution).
    private static readonly Dictionary<string, int> Cards = new()
    {
        ["convention"] = 2,
        ["échéances"] = 2,
        ["chantier 5"] = 2,
        ["financement 2024"] = 2,
        ["réunions"] = 2,
        ["bilan 2024"] = 2,
        ["chantiers"] = 2,
        ["aide"] = 2,
    };

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync(Now, new Dictionary<string, string?> { ["Scheduling:PollInterval"] = "01:00:00" }, services =>
        {
            _counter.AddTo(services);
            services.Remove(services.Single(d => d.ImplementationType == typeof(NotificationDispatchService)));
        });
        await BilanSteps.OpenCampaignAsync(_app, "2025-01-31", 2024);
        var convention = _app.Services.GetRequiredService<ConventionCatalog>().Default;
        var meeting = MeetingFixtures.Meeting("cotech", MeetingFixtures.Utc(2024, 12, 10, 9)) with { ConventionId = convention.Id };
        await _app.Services.GetRequiredService<MeetingStore>().AddAsync(meeting, CancellationToken.None);
        var contribution = FundingRecord.New(convention.Id, 2024) with { CallSentOn = new DateOnly(2024, 3, 1), DocumentsReceived = ["rib"] };
        await _app.Services.GetRequiredService<FundingStore>().SaveAsync(contribution, null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Cards_SentASecondTime_ReadStorageOncePerTable()
    {
        var counts = new List<(string Command, IReadOnlyList<string> Requests)>();
        foreach (var command in Cards.Keys)
        {
            await SayAsync(command);
            _counter.Clear();
            await SayAsync(command);
            counts.Add((command, _counter.Requests));
        }

        Report("Cards, sent a second time", counts);
        Assert.All(counts, c => Assert.True(c.Requests.Count <= Cards[c.Command], $"{c.Command}: {c.Requests.Count} Table requests"));
    }

    [Fact]
    public async Task SaveChantier_Draft_ReadsAndWritesAtMostFourTimes()
    {
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2024 5");
        _counter.Clear();

        var saved = await _app.ClickAsync(TestUser.Alice, form, "bilan.save", BilanSteps.Inputs("Animation du club NPNRU."));

        Report("Saving a chantier's bilan (bilan.save)", [("bilan.save", _counter.Requests)]);
        Assert.Contains("Animation du club NPNRU.", saved.GetRawText(), StringComparison.Ordinal);
        // Including the audit journal's row (one insert).
        Assert.True(_counter.Requests.Count <= 4, $"bilan.save: {_counter.Requests.Count} Table requests");
    }

    [Fact]
    public async Task ScheduleAndEditMeeting_ReadAndWriteAtMostFiveTimesEach()
    {
        await _app.SayAsync(TestUser.Admin, "planifier"); // the form (its button has no data); the admin's conversation is remembered
        _counter.Clear();
        var scheduled = await _app.ClickAsync(TestUser.Admin, Button(MeetingVerbs.Schedule, new { }), MeetingVerbs.Schedule, MeetingInputs("2024-12-17"));
        var scheduling = _counter.Requests;

        var meeting = (await _app.Services.GetRequiredService<MeetingStore>().ListAsync(CancellationToken.None)).Single(m => m.Location == "Salle du conseil");
        var editForm = await _app.ClickAsync(TestUser.Admin, Button(MeetingVerbs.Edit, new { meetingId = meeting.Id }), MeetingVerbs.Edit);
        _counter.Clear();
        var edited = await _app.ClickAsync(TestUser.Admin, editForm, MeetingVerbs.Update, MeetingInputs("2024-12-18"));
        var editing = _counter.Requests;

        Report("Scheduling and editing a meeting", [(MeetingVerbs.Schedule, scheduling), (MeetingVerbs.Update, editing)]);
        Assert.Contains("Réunion planifiée", CardJson.Texts(scheduled), StringComparison.Ordinal);
        Assert.Contains("Réunion modifiée", CardJson.Texts(edited), StringComparison.Ordinal);
        // Each includes the audit journal's row (one insert).
        Assert.True(scheduling.Count <= 5, $"{MeetingVerbs.Schedule}: {scheduling.Count} Table requests");
        Assert.True(editing.Count <= 5, $"{MeetingVerbs.Update}: {editing.Count} Table requests");
    }

    // A card with only the button the test clicks, as the meetings list shows it.
    private static JsonElement Button(string verb, object data) =>
        JsonSerializer.SerializeToElement(new { actions = new[] { new { type = "Action.Execute", verb, data } } });

    private static Dictionary<string, string> MeetingInputs(string date) => new()
    {
        ["instance"] = "COTECH", ["date"] = date, ["time"] = "10:00", ["duration"] = "60",
        ["location"] = "Salle du conseil", ["agenda"] = "Bilan des chantiers", ["chantiers"] = "1,5",
    };

    // The connector's rate limit (one message a second per conversation, after a burst) runs on the app's clock.
    private Task<System.Text.Json.JsonElement> SayAsync(string text)
    {
        _app.Clock!.Advance(TimeSpan.FromSeconds(2));
        return _app.SayAsync(TestUser.Alice, text);
    }

    private void Report(string title, IReadOnlyList<(string Command, IReadOnlyList<string> Requests)> counts) =>
        RoundTripReport.Write(output, title, counts);
}
