using ConventionBot.Bilans;
using Microsoft.Extensions.Configuration;

namespace ConventionBot.Tests.Bilans;

public sealed class BilanReminderPlannerTests
{
    [Fact]
    public void Plan_WinterDeadline_RemindsAt9InParisOnJ14J7J1EscalatesTheMorningAfterThenRemindsAgainAtJ3AndJ10()
    {
        var campaign = BilanSamples.Campaign with { Deadline = new DateOnly(2024, 1, 31) };

        var plan = BilanReminderPlanner.Plan(campaign, new BilansOptions()).ToList();

        Assert.Equal(
            "2024-01-17T08:00:00Z 2024-01-24T08:00:00Z 2024-01-30T08:00:00Z 2024-02-01T08:00:00Z 2024-02-03T08:00:00Z 2024-02-10T08:00:00Z",
            string.Join(' ', plan.Select(n => n.DueAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(["bilan.reminder", "bilan.reminder", "bilan.reminder", "bilan.escalation", "bilan.reminder", "bilan.reminder"], plan.Select(n => n.Kind));
        Assert.All(plan, n => Assert.StartsWith("bilan:amp-arhlm-2022-2024:2023:2024-01-31:", n.Key, StringComparison.Ordinal));
        Assert.Equal(6, plan.Select(n => n.Key).Distinct().Count());
    }

    [Fact]
    public void Plan_AcrossTheChangeToSummerTime_StillRemindsAt9OnTheParisClock()
    {
        var campaign = BilanSamples.Campaign with { Deadline = new DateOnly(2024, 4, 5) };

        var plan = BilanReminderPlanner.Plan(campaign, new BilansOptions()).ToList();

        Assert.Equal(new DateTimeOffset(2024, 3, 22, 8, 0, 0, TimeSpan.Zero), plan[0].DueAt);
        Assert.Equal(new DateTimeOffset(2024, 4, 4, 7, 0, 0, TimeSpan.Zero), plan[2].DueAt);
    }

    [Fact]
    public void Options_ConfiguredOffsets_ReplaceTheDefaultsInsteadOfAddingToThem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bilans:ReminderOffsets:0"] = "3.00:00:00",
            ["Bilans:SendAt"] = "08:30:00",
        }).Build();

        var options = configuration.GetSection(BilansOptions.SectionName).Get<BilansOptions>()!;

        Assert.Equal([TimeSpan.FromDays(3)], options.EffectiveReminderOffsets);
        Assert.Equal(new TimeSpan(8, 30, 0), options.SendAt);
    }

    [Fact]
    public void Debts_StartedChantiersAreOwedByTheirContributors_OthersByTheAuthorsConversations()
    {
        var owed = BilanDebts.Owed(BilanSamples.Year(), ["19:arhlm"]);

        Assert.Equal([1], owed["19:arhlm"].Select(c => c.Chantier));
        Assert.Equal([2, 4, 7], owed["a:alice-chat"].Select(c => c.Chantier));
        Assert.Equal(2, owed.Count);
    }
}
