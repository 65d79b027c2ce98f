using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Manifest;

public sealed class AppPackageTests
{
    private const string TeamsAppId = "6f0c3b4e-2a51-4d8e-9c7a-1b2d3e4f5a6b";
    private const string BotAppId = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
    private const string BotDomain = "conventionbot-test.azurewebsites.net";

    private static Dictionary<string, string> Settings(string botAppId = BotAppId) => new()
    {
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["MICROSOFT_APP_ID"] = botAppId,
        ["BOT_DOMAIN"] = BotDomain,
        ["APP_VERSION"] = "1.2.3",
    };

    [Fact]
    public async Task Package_ValidSettings_ZipsManifestLocalizationAndIconsAtRoot()
    {
        using var result = await PackagingScript.RunAsync(Settings());

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(RepositoryRoot.Combine("manifest", icon)), ReadBytes(zip, icon));
        }
    }

    [Fact]
    public async Task Package_ValidSettings_FillsIdsDomainAndVersionFromEnvironment()
    {
        using var result = await PackagingScript.RunAsync(Settings());

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(result.ZipPath);
        var text = ReadText(zip, "manifest.json");
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", ReadText(zip, "en.json"), StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal(BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([BotDomain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal($"https://{BotDomain}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
    }

    [Fact]
    public async Task Package_ValidSettings_FrenchBotWithCommandsInEveryScope()
    {
        using var result = await PackagingScript.RunAsync(Settings());

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(result.ZipPath);
        var manifest = JsonNode.Parse(ReadText(zip, "manifest.json"))!;
        var bot = manifest["bots"]![0]!;
        Assert.Equal("fr-fr", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Equal("en.json", (string?)manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.True((bool)bot["supportsFiles"]!); // dossier files sent in the personal chat
        Assert.Equal("dashboard", (string?)manifest["staticTabs"]![0]!["entityId"]);
        Assert.Equal($"api://{Settings()["BOT_DOMAIN"]}/{Settings()["MICROSOFT_APP_ID"]}", (string?)manifest["webApplicationInfo"]!["resource"]);
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["personal", "team", "groupChat"], lists.Select(l => (string?)l!["scopes"]![0]));
        Assert.All(lists, l => Assert.InRange(l!["commands"]!.AsArray().Count, 1, 10));
        Assert.All(lists, l => Assert.Contains("aide", l!["commands"]!.AsArray().Select(c => (string?)c!["title"])));
    }

    [Fact]
    public async Task Package_BotIdNotAGuid_FailsSchemaValidationWithoutZip()
    {
        using var result = await PackagingScript.RunAsync(Settings(botAppId: "not-a-guid"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/bots/0/botId", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(result.ZipPath));
    }

    [Fact]
    public async Task Package_MissingTeamsAppId_FailsNamingTheVariable()
    {
        var settings = Settings();
        settings.Remove("TEAMS_APP_ID");

        using var result = await PackagingScript.RunAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("TEAMS_APP_ID", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(result.ZipPath));
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadText(ZipArchive zip, string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(zip, name));
}
