using Microsoft.Extensions.Options;

namespace ConventionBot.Access;

/// <summary>Outside Development the bot must know whom it serves: no tenant list means a misconfiguration, not "everyone".</summary>
internal sealed class AccessOptionsValidator(IHostEnvironment environment) : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options) =>
        !environment.IsDevelopment() && options.AllowedTenants.Count == 0
            ? ValidateOptionsResult.Fail("Access:AllowedTenants is empty: list the Entra tenant ids of the Métropole and the AR Hlm (Access__AllowedTenants__0=…).")
            : ValidateOptionsResult.Success;
}
