using ConventionBot.Tests.Infrastructure;
namespace ConventionBot.Tests.Infra;

/// <summary>The web app's settings in the compiled infra and the options the app validates cannot drift apart silently.</summary>
public sealed class AppSettingsCrossCheckTests
{
    // Settings read by the platform (App Service, the .NET runtime, the Azure Monitor exporter), not by the app's options.
    private static readonly string[] PlatformSettings = ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING"];
    private static readonly string[] PlatformPrefixes = ["WEBSITE_", "DOTNET_"];

    [Fact]
    public void Read_CompiledWebApp_FindsTheSettings()
    {
        var names = ArmAppSettings.Read().Select(s => s.Name).ToList();

        Assert.Contains("MicrosoftAppId", names);
        Assert.Contains("Access__Admins__0", names); // the loop over adminObjectIds
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void AppSettings_EveryName_IsAKeyTheAppBindsOrAPlatformSetting()
    {
        var settings = ArmAppSettings.Read();

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
    public async Task Start_ProductionWithCompiledSettings_PassesStartupValidation()
    {
        await using var app = new ProductionAppFactory(ConfigurationFrom(ArmAppSettings.Read()));

        using var client = app.CreateClient(); // starts the host: every ValidateOnStart runs

        Assert.NotNull(client);
    }

    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("Storage__TableEndpoint")]
    [InlineData("Access__AllowedTenants__0")]
    public async Task Start_ProductionWithoutOneCompiledSetting_FailsValidation(string name)
    {
        var settings = ArmAppSettings.Read().Where(s => s.Name != name).ToList();

        var exception = await EntryPoint.FailedStartAsync(ProductionAppFactory.WithoutMachineSettings(ConfigurationFrom(settings)), "Production");

        Assert.Contains(name.Replace("__0", "", StringComparison.Ordinal).Replace("__", ":", StringComparison.Ordinal), exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MicrosoftAppType_IsUserAssignedMsiAsDeployed()
    {
        var appType = ArmAppSettings.Read().Single(s => s.Name == "MicrosoftAppType");

        Assert.Equal("UserAssignedMSI", CompiledInfra.Template.Parameter("botAppType")["defaultValue"]?.GetValue<string>());
        Assert.Equal("UserAssignedMSI", appType.Value); // followed from the module input to main.parameters.json
    }

    private static bool IsPlatformSetting(string name) =>
        PlatformSettings.Contains(name, StringComparer.Ordinal) || PlatformPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    // What App Service itself sets on every web app, beside the template's settings.
    private static readonly Dictionary<string, string?> SetByAppService = new() { ["WEBSITE_HOSTNAME"] = "conventionbot-x1.azurewebsites.net" };

    private static Dictionary<string, string?> ConfigurationFrom(IEnumerable<ArmAppSetting> settings) =>
        settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
            .Concat(SetByAppService)
            .ToDictionary();
}
