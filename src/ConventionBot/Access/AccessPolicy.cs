using Microsoft.Extensions.Options;

namespace ConventionBot.Access;

/// <summary>
/// Decides who may use the bot (allowed tenants) and who administers it (configured object ids).
/// On a developer's machine, empty lists mean anyone, so the local chat works out of the box.
/// </summary>
public sealed class AccessPolicy(IOptionsMonitor<AccessOptions> options, IHostEnvironment environment)
{
    /// <summary>Whether people of this tenant may use the bot (anyone, in Development with no tenant configured).</summary>
    public bool IsAllowedTenant(string? tenantId)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        return Contains(allowed, tenantId) || (environment.IsDevelopment() && allowed.Count == 0);
    }

    /// <summary>Whether this Entra object id administers the bot (anyone, in Development with no admin configured).</summary>
    public bool IsAdmin(string? aadObjectId)
    {
        var admins = options.CurrentValue.Admins;
        return Contains(admins, aadObjectId) || (environment.IsDevelopment() && admins.Count == 0);
    }

    private static bool Contains(IList<string> values, string? value) =>
        value is not null && values.Contains(value, StringComparer.OrdinalIgnoreCase);
}
