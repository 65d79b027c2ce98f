using ConventionBot.BotFramework.Connector;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class BotCredentialsSettingsValidatorTests
{
    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("app", "secret", "SingleTenant", "tenant")]
    [InlineData("app", null, "UserAssignedMSI", "tenant")]
    [InlineData("app", "secret", null, null)]
    public void Validate_AcceptedCombination_Succeeds(string? appId, string? password, string? appType, string? tenant)
    {
        var result = Validate(appId, password, appType, tenant);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("app", "secret", "SingleTenant", null)]
    [InlineData("app", null, "SingleTenant", "tenant")]
    [InlineData("app", "secret", "UserAssignedMSI", "tenant")]
    [InlineData("app", null, "MultiTenant", null)]
    [InlineData("app", "secret", "Federated", "tenant")]
    public void Validate_RefusedCombination_Fails(string? appId, string? password, string? appType, string? tenant)
    {
        var result = Validate(appId, password, appType, tenant);

        Assert.True(result.Failed);
    }

    [Fact]
    public void ToString_WithPassword_LeavesSecretOut()
    {
        var settings = new BotCredentialsSettings { MicrosoftAppId = "app", MicrosoftAppPassword = "s3cret" };

        Assert.DoesNotContain("s3cret", settings.ToString(), StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(
        string? appId, string? password, string? appType, string? tenant) =>
        new BotCredentialsSettingsValidator().Validate(null, new BotCredentialsSettings
        {
            MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = appType, MicrosoftAppTenantId = tenant,
        });
}
