using ConventionBot.Exports;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Exports;

public sealed class PublicUrlOptionsTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = Activities.TenantId,
        ["Access:AllowedTenants:0"] = Activities.TenantId,
    };

    [Fact]
    public async Task Start_ProductionWithoutPublicUrl_FailsSayingWhichSettingIsMissing()
    {
        await using var app = new BotAppFactory(Production, environment: "Production");

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Bot:PublicBaseUrl must be the bot's absolute public URL", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, "http://localhost:3978/")]
    [InlineData(false, "conventionbot.azurewebsites.net", "https://conventionbot.azurewebsites.net/")]
    [InlineData(false, null, null)]
    public void Default_DevelopmentOrAppService_IsTheAddressUsersReach(bool development, string? hostName, string? expected) =>
        Assert.Equal(expected, PublicUrlOptions.Default(development, hostName)?.AbsoluteUri);
}
