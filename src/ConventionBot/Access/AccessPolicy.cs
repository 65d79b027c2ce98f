using ConventionBot.BotFramework.Schema;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Access;

/// <summary>
/// Decides who may use the bot (allowed tenants) and who administers it (configured object ids).
/// On a developer's machine, empty lists mean anyone, so the local chat works out of the box.
/// </summary>
public sealed class AccessPolicy(IOptionsMonitor<AccessOptions> options, IHostEnvironment environment)
{
    public Caller Identify(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var access = options.CurrentValue;
        var tenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        var aadObjectId = activity.From?.AadObjectId;
        return new Caller(
            aadObjectId,
            activity.From?.Name,
            tenantId,
            IsAdmin: IsAdmin(aadObjectId),
            IsAllowed: Contains(access.AllowedTenants, tenantId) || (environment.IsDevelopment() && access.AllowedTenants.Count == 0),
            LanguageExtensions.FromLocale(activity.Locale),
            activity.Conversation?.Id ?? "",
            activity.Conversation?.ConversationType ?? "personal");
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
