using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>The combinations Bot Framework accepts per MicrosoftAppType (protocol §2.1).</summary>
internal sealed class BotCredentialsSettingsValidator : IValidateOptions<BotCredentialsSettings>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsSettings options)
    {
        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrEmpty(options.MicrosoftAppTenantId);
        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.Is(BotCredentialsSettings.SingleTenant))
        {
            return hasPassword && hasTenant
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("SingleTenant requires MicrosoftAppPassword and MicrosoftAppTenantId.");
        }

        if (options.Is(BotCredentialsSettings.UserAssignedMsi))
        {
            return !hasPassword && hasTenant
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("UserAssignedMSI requires MicrosoftAppTenantId and an empty MicrosoftAppPassword.");
        }

        if (options.Is(BotCredentialsSettings.MultiTenant))
        {
            return hasPassword
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("MultiTenant requires MicrosoftAppPassword.");
        }

        return ValidateOptionsResult.Fail("MicrosoftAppType must be SingleTenant, UserAssignedMSI or MultiTenant.");
    }
}
