namespace ConventionBot.Access;

/// <summary>Who may do what: admins by Entra object id, and the tenants the bot serves.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Entra object ids (aadObjectId) of the Métropole and AR Hlm admins.</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Tenant ids whose users may talk to the bot. Empty means any, and is only accepted in Development.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Which convention party each tenant speaks for (tenant id -> party id, e.g. <c>metropole</c>, <c>arhlm</c>),
    /// so <c>abonner</c> records it without asking. Optional: <c>abonner métropole</c> names it explicitly.
    /// </summary>
    public IDictionary<string, string> TenantParties { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
