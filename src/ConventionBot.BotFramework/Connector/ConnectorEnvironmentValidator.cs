using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Loopback serviceUrls (the Agents Playground) are for a developer's machine, never for a deployed bot.</summary>
internal sealed class ConnectorEnvironmentValidator(IHostEnvironment environment) : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options) =>
        options.AllowLocalhost && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"Connector:AllowLocalhost is only allowed in Development, not in {environment.EnvironmentName}.")
            : ValidateOptionsResult.Success;
}
