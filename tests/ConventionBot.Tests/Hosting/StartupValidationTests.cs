using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Hosting;

/// <summary>A deployed bot refuses to start on settings that are only safe on a developer's machine.</summary>
public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> ProductionBase = new()
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = Activities.TenantId,
        ["Access:AllowedTenants:0"] = Activities.TenantId,
        ["Bot:PublicBaseUrl"] = "https://conventionbot.example.org",
    };

    [Fact]
    public async Task Start_ProductionWithCompleteSettings_Starts()
    {
        await using var app = new BotAppFactory(ProductionBase, environment: "Production");

        using var client = app.CreateClient();

        Assert.NotNull(client);
    }

    [Theory]
    [InlineData("MicrosoftAppId", null, "MicrosoftAppId is required")]
    [InlineData("Access:AllowedTenants:0", null, "Access:AllowedTenants is empty")]
    [InlineData("Connector:AllowLocalhost", "true", "Connector:AllowLocalhost is only allowed in Development")]
    [InlineData("MicrosoftAppPassword", "secret", "empty MicrosoftAppPassword")]
    [InlineData("Bot:PublicBaseUrl", null, "Bot:PublicBaseUrl must be the bot's absolute public URL")]
    public async Task Start_ProductionWithUnsafeSetting_FailsWithClearMessage(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(ProductionBase) { [key] = value };
        if (value is null)
        {
            settings.Remove(key); // a key bound to null would still add an empty list entry
        }
        settings["ConnectionStrings:Tables"] = TestStorage.ConnectionString;

        var exception = await EntryPoint.FailedStartAsync(settings, "Production");

        Assert.Contains(expected, exception.ToString(), StringComparison.Ordinal);
    }
}
