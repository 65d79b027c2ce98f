using System.Text.Json;

namespace ConventionBot.Funding;

/// <summary>The payload of the notice telling the AR Hlm that a dossier file was refused.</summary>
internal sealed record DossierRejectionNotice(string ConventionId, int Year, string ItemId, string UploadId)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static DossierRejectionNotice? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<DossierRejectionNotice>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
