using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Funding;

/// <summary>The dossier's files (section <c>Dossier</c>): how large, and how long their links work.</summary>
public sealed class DossierOptions
{
    public const string SectionName = "Dossier";

    /// <summary>The largest file accepted, in bytes (default 20 MB).</summary>
    [Range(1024, 200L * 1024 * 1024, ErrorMessage = "Dossier:MaxFileBytes must be between 1 KB and 200 MB.")]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How long an upload link works (default 1 day); it works once.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Dossier:UploadLinkLifetime must be between 5 minutes and 7 days.")]
    public TimeSpan UploadLinkLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a download link shown on the card works (default 7 days).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "31.00:00:00", ErrorMessage = "Dossier:DownloadLinkLifetime must be between 5 minutes and 31 days.")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
