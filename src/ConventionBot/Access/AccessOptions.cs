namespace ConventionBot.Access;

/// <summary>Who may do what: admins by Entra object id, and the tenants the bot serves.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Entra object ids (aadObjectId) of the Métropole and AR Hlm admins.</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Tenant ids whose users may talk to the bot. Empty means any, and is only accepted in Development.</summary>
    public IList<string> AllowedTenants { get; } = [];
}
