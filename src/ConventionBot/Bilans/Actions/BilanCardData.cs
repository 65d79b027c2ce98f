using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Cards;

namespace ConventionBot.Bilans;

/// <summary>What bilan buttons carry, so a click finds its convention, year, chantier and version again.</summary>
internal static class BilanCardData
{
    public const string ConventionId = "conventionId";
    public const string Year = "year";
    public const string Chantier = "chantier";
    public const string ETag = "etag";

    public static JsonObject For(string conventionId, int year, int? chantier = null, string? etag = null)
    {
        var data = new JsonObject { [ConventionId] = conventionId, [Year] = year };
        if (chantier is { } number)
        {
            data[Chantier] = number;
        }
        if (etag is not null)
        {
            data[ETag] = etag;
        }
        return data;
    }

    /// <summary>The ETag the card was built with; null when the chantier had never been saved.</summary>
    public static string? ETagOf(JsonElement data) => CardData.Text(data, ETag);
}
