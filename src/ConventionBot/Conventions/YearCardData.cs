using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Cards;

namespace ConventionBot.Conventions;

/// <summary>
/// What the buttons of a convention year's cards (bilan, funding, export) carry, so a click finds its convention, year,
/// chantier and version again; false from <c>TryRead</c> when the card no longer matches any.
/// </summary>
internal static class YearCardData
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

    public static bool TryRead(ConventionCatalog catalog, JsonElement data, [NotNullWhen(true)] out ConventionDefinition? convention, out int year)
    {
        convention = CardData.Text(data, ConventionId) is { } id ? catalog.Find(id) : null;
        year = CardData.Integer(data, Year) ?? 0;
        return convention is not null && convention.Years.Contains(year);
    }

    public static bool TryRead(
        ConventionCatalog catalog, JsonElement data, [NotNullWhen(true)] out ConventionDefinition? convention, out int year, [NotNullWhen(true)] out Chantier? chantier)
    {
        chantier = TryRead(catalog, data, out convention, out year) && CardData.Integer(data, Chantier) is { } number
            ? convention.FindChantier(number)
            : null;
        return chantier is not null;
    }
}
