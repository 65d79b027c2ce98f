using System.Net;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Exports;

public sealed class ExportLinkExpiryTests
{
    [Fact]
    public async Task Link_AfterItsLifetime_IsRefused()
    {
        await using var app = await BilanApp.StartAsync(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), new Dictionary<string, string?> { ["Exports:LinkLifetime"] = "2.00:00:00" });
        var link = CardJson.Links(await app.SayAsync(TestUser.Alice, "export 2024"))[0].PathAndQuery;
        var before = await app.Client.GetAsync(link);

        app.Clock!.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromSeconds(1)));
        var after = await app.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Theory]
    [InlineData("export bilan 2025", "L’année 2025 n’est pas couverte")]
    [InlineData("export", "Précisez l’année du bilan\u00A0: «\u00A0export bilan 2022\u00A0»")]
    public async Task Export_BadYear_SaysWhichYears(string text, string expected)
    {
        await using var app = await BilanApp.StartAsync();

        var reply = await app.SayAsync(TestUser.Alice, text);

        Assert.Contains(expected, CardJson.Shown(reply), StringComparison.Ordinal);
    }
}
