using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Exports;

/// <summary>How long a signed export link works, and what protects the keys that sign it (section <c>Exports</c>).</summary>
public sealed class ExportsOptions
{
    public const string SectionName = "Exports";

    /// <summary>Default 7 days: the time to prepare and hold a COPIL with the document.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "31.00:00:00", ErrorMessage = "Exports:LinkLifetime must be between 5 minutes and 31 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// A Key Vault key (e.g. <c>https://kv-x.vault.azure.net/keys/dataprotection</c>) that encrypts the link-signing keys
    /// before they are stored, reached with the app's managed identity. Unset (locally), the keys are stored as they are.
    /// </summary>
    public Uri? KeyVaultKeyId { get; set; }
}
