using System.Text.RegularExpressions;

namespace ConventionBot.Tests.Infra;

/// <summary>The web app's settings in infra/ and the options the app validates cannot drift apart silently.</summary>
public sealed class AppSettingsCrossCheckTests
{
    // Settings read by the platform (App Service, the Application Insights agent), not by the app's options.
    private static readonly string[] PlatformSettings = ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION"];
    private const string PlatformPrefix = "WEBSITE_";

    // Plausible deployment values for the Bicep expressions; any other expression holds an id (a GUID).
    private static readonly Dictionary<string, string> DeploymentValues = new(StringComparer.Ordinal)
    {
        ["botAppType"] = "UserAssignedMSI", // main.bicep's default, pinned by MainBicep_BotAppType_DefaultsToUserAssignedMsi
        ["storageTableEndpoint"] = "https://example.table.core.windows.net/",
        ["insightsConnectionString"] = "InstrumentationKey=6d1f0c2a-0b7e-4f4c-9d55-1e0f2a3b4c5d;IngestionEndpoint=https://example.in.applicationinsights.azure.com/",
    };
    private const string IdPlaceholder = "3f2b8c1e-5a4d-4e6f-8b7a-9c0d1e2f3a4b";

    [Fact]
    public void Read_WebAppBicep_FindsTheSettings()
    {
        var names = BicepAppSettings.Read().Select(s => s.Name).ToList();

        Assert.Contains("MicrosoftAppId", names);
        Assert.Contains("Access__Admins__0", names); // the loop over adminObjectIds
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void AppSettings_EveryName_IsAKeyTheAppBindsOrAPlatformSetting()
    {
        var settings = BicepAppSettings.Read();

        var unknown = settings.Where(s => !IsPlatformSetting(s.Name) && !ConfigurationKeys.IsBound(s.Key)).Select(s => s.Name);

        Assert.Empty(unknown);
    }

    [Fact]
    public void IsBound_KeyNoOptionsClassDeclares_IsFalse()
    {
        Assert.True(ConfigurationKeys.IsBound("Storage:TableEndpoint"));
        Assert.False(ConfigurationKeys.IsBound("Storage:TableEndPointUrl"));
        Assert.False(ConfigurationKeys.IsBound("Access:Admins")); // a list needs an index
        Assert.False(ConfigurationKeys.IsBound("Reminders:Offsets:0:Days"));
    }

    [Fact]
    public async Task Start_ProductionWithBicepSettings_PassesStartupValidation()
    {
        await using var app = new ProductionAppFactory(ConfigurationFrom(BicepAppSettings.Read()));

        using var client = app.CreateClient(); // starts the host: every ValidateOnStart runs

        Assert.NotNull(client);
    }

    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("Storage__TableEndpoint")]
    [InlineData("Access__AllowedTenants__0")]
    public async Task Start_ProductionWithoutOneBicepSetting_FailsValidation(string name)
    {
        var settings = BicepAppSettings.Read().Where(s => s.Name != name).ToList();
        await using var app = new ProductionAppFactory(ConfigurationFrom(settings));

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(name.Replace("__0", "", StringComparison.Ordinal).Replace("__", ":", StringComparison.Ordinal), exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Infra_BicepFiles_HoldNoSecretOrKey()
    {
        string[] forbidden = ["listKeys(", "AccountKey", "MicrosoftAppPassword", "@secure()", "ConnectionStrings__"];
        var infra = Manifest.RepositoryRoot.Combine("infra");

        var hits = Directory.EnumerateFiles(infra, "*.bicep", SearchOption.AllDirectories)
            .SelectMany(file => forbidden.Where(File.ReadAllText(file).Contains).Select(word => $"{Path.GetFileName(file)}: {word}"));

        Assert.Empty(hits);
    }

    [Fact]
    public void MainBicep_BotAppType_DefaultsToUserAssignedMsi()
    {
        var main = File.ReadAllText(Manifest.RepositoryRoot.Combine("infra", "main.bicep"));

        Assert.Matches(new Regex(@"^param botAppType string = 'UserAssignedMSI'$", RegexOptions.Multiline), main);
    }

    private static bool IsPlatformSetting(string name) =>
        PlatformSettings.Contains(name, StringComparer.Ordinal) || name.StartsWith(PlatformPrefix, StringComparison.Ordinal);

    // What App Service itself sets on every web app, beside the Bicep's settings.
    private static readonly Dictionary<string, string?> SetByAppService = new() { ["WEBSITE_HOSTNAME"] = "conventionbot-x1.azurewebsites.net" };

    private static Dictionary<string, string?> ConfigurationFrom(IEnumerable<BicepAppSetting> settings) =>
        settings.Select(s => KeyValuePair.Create(s.Key, (string?)(s.Literal ?? DeploymentValues.GetValueOrDefault(s.Value, IdPlaceholder))))
            .Concat(SetByAppService)
            .ToDictionary();
}
