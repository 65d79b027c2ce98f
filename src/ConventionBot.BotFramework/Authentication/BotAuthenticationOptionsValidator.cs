using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Start-up checks of the bot identity (rules of BB <c>ConfigurationServiceClientCredentialFactory</c>),
/// plus: no app id means anonymous requests, so that is refused outside Development.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppId))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"MicrosoftAppId is required in the {environment.EnvironmentName} environment: "
                    + "without it every request would be accepted anonymously (allowed in Development only).");
        }

        var failures = new List<string>();
        if (string.Equals(options.MicrosoftAppId, AuthenticationConstants.ToBotFromChannelTokenIssuer, StringComparison.OrdinalIgnoreCase))
            failures.Add("MicrosoftAppId must be the bot's app id, not the Bot Framework issuer: every bot's outbound token has that audience.");
        if (string.IsNullOrEmpty(options.MicrosoftAppTenantId))
            failures.Add($"MicrosoftAppType {options.MicrosoftAppType} requires MicrosoftAppTenantId.");
        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrEmpty(options.MicrosoftAppPassword))
            failures.Add("MicrosoftAppType SingleTenant requires MicrosoftAppPassword.");
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
            failures.Add("MicrosoftAppType UserAssignedMSI requires an empty MicrosoftAppPassword: the managed identity replaces the secret.");
        if (!string.IsNullOrEmpty(options.MicrosoftAppTenantId) && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            failures.Add("MicrosoftAppTenantId must be the tenant GUID: Entra writes it, not the domain, in token issuers.");
        if (!options.BotTenantOpenIdMetadataTemplate.Contains(AuthenticationConstants.TenantIdPlaceholder, StringComparison.Ordinal))
            failures.Add($"BotTenantOpenIdMetadataTemplate must contain {AuthenticationConstants.TenantIdPlaceholder}.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
