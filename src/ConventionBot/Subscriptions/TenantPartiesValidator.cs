using ConventionBot.Access;
using ConventionBot.Conventions;
using Microsoft.Extensions.Options;

namespace ConventionBot.Subscriptions;

/// <summary>A tenant mapped to a party the conventions do not name is a typo: refuse to start rather than record it.</summary>
internal sealed class TenantPartiesValidator(ConventionCatalog catalog) : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var known = catalog.All.SelectMany(c => c.Parties).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = options.TenantParties.Where(pair => !known.Contains(pair.Value)).Select(pair => pair.Value).Distinct().ToList();
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Access:TenantParties names unknown parties ({string.Join(", ", unknown)}); use one of: {string.Join(", ", known)}.");
    }
}
