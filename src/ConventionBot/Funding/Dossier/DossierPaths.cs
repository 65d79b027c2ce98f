namespace ConventionBot.Funding;

/// <summary>The dossier's addresses outside Teams: an item's upload page and a file's download, both behind signed links.</summary>
internal static class DossierPaths
{
    public const string UploadRoute = "/dossiers/{conventionId}/{year:int}/{itemId}/depot";
    public const string DownloadRoute = "/dossiers/{conventionId}/{year:int}/{itemId}/fichiers/{uploadId}";

    public static string Upload(string conventionId, int year, string itemId) =>
        $"/dossiers/{Uri.EscapeDataString(conventionId)}/{year}/{Uri.EscapeDataString(itemId)}/depot";

    public static string Download(DossierFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"/dossiers/{Uri.EscapeDataString(file.ConventionId)}/{file.Year}/{Uri.EscapeDataString(file.ItemId)}/fichiers/{Uri.EscapeDataString(file.UploadId)}";
    }
}
