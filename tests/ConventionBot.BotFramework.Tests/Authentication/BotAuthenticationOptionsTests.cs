using ConventionBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    private const string AppId = AuthenticationHarness.AppId;
    private const string TenantId = AuthenticationHarness.TenantId;

    [Fact]
    public async Task StartAsync_NoAppIdOutsideDevelopment_FailsWithClearMessage()
    {
        // Arrange
        using var host = BuildHost(Environments.Production, []);

        // Act
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains("MicrosoftAppId is required in the Production environment", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoAppIdInDevelopment_Starts()
    {
        // Arrange
        using var host = BuildHost(Environments.Development, []);

        // Act
        await host.StartAsync();

        // Assert
        Assert.Null(host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.MicrosoftAppId);
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_UserAssignedMsiWithPassword_Fails()
    {
        // Arrange
        using var host = BuildHost(Environments.Production, Settings("UserAssignedMsi", password: "secret", tenantId: TenantId));

        // Act
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains("UserAssignedMSI requires an empty MicrosoftAppPassword", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SingleTenantWithoutTenant_Fails()
    {
        // Arrange
        using var host = BuildHost(Environments.Production, Settings("SingleTenant", password: "secret", tenantId: null));

        // Act
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains("SingleTenant requires MicrosoftAppTenantId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SingleTenantWithoutPassword_Fails()
    {
        // Arrange
        using var host = BuildHost(Environments.Production, Settings("SingleTenant", password: null, tenantId: TenantId));

        // Act
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains("SingleTenant requires MicrosoftAppPassword", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "secret")]
    [InlineData("UserAssignedMSI", null)]
    public async Task StartAsync_CompleteRootLevelSettings_BindsAndStarts(string appType, string? password)
    {
        // Arrange
        using var host = BuildHost(Environments.Production, Settings(appType, password, TenantId));

        // Act
        await host.StartAsync();

        // Assert
        var options = host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        Assert.Equal(AppId, options.MicrosoftAppId);
        Assert.Equal(TenantId, options.MicrosoftAppTenantId);
        Assert.Equal(Enum.Parse<BotAppType>(appType), options.MicrosoftAppType);
        Assert.NotNull(host.Services.GetRequiredService<IBotAuthenticator>());
        await host.StopAsync();
    }

    private static Dictionary<string, string?> Settings(string appType, string? password, string? tenantId) => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppPassword"] = password,
        ["MicrosoftAppTenantId"] = tenantId,
    };

    private static IHost BuildHost(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotAuthentication();
        return builder.Build();
    }
}
