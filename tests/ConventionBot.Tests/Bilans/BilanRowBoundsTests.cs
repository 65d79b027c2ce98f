using System.Globalization;
using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Bilans;

/// <summary>A chantier's row stays within Table Storage's limits however many people, with the longest ids and names a channel may send, work on it.</summary>
public sealed class BilanRowBoundsTests
{
    [Fact]
    public async Task Save_ByMoreContributorsThanOneRowHolds_KeepsTheLatestOnes()
    {
        await using var app = await BilanApp.StartAsync();
        await BilanSteps.OpenCampaignAsync(app);
        var users = Enumerable.Range(0, 25).Select(Longest).ToList();

        foreach (var user in users)
        {
            var form = await app.SayAsync(user, "bilan 2023 1");
            var saved = await app.ClickAsync(user, form, BilanVerbs.Save, BilanSteps.Inputs("Réunions de travail."));
            Assert.Contains("Brouillon enregistré", saved.ToString(), StringComparison.Ordinal);
        }

        var year = await app.Services.GetRequiredService<BilanStore>().LoadYearAsync(BilanSamples.Convention, 2023, CancellationToken.None);
        var kept = year.Chantier(1).Contributors.Select(c => c.AadObjectId).ToList();
        Assert.InRange(kept.Count, 10, users.Count - 1); // about 1.4 K characters of JSON each: some 23 fit
        Assert.Equal(users.TakeLast(kept.Count).Select(u => u.AadObjectId), kept);
    }

    // The longest id (1 KiB) and display name (256 characters) the messaging endpoint accepts.
    private static TestUser Longest(int n)
    {
        var tag = n.ToString("D2", CultureInfo.InvariantCulture);
        return new TestUser(
            ("29:" + tag).PadRight(1024, 'u'),
            ("Contributrice " + tag).PadRight(256, 'é'),
            $"dddddddd-0000-0000-0000-0000000000{tag}",
            ("a:" + tag).PadRight(1024, 'c'));
    }
}
