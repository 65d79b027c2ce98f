using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>The convention year (and chantier) a bilan button is about; false when the card no longer matches any.</summary>
internal static class BilanTarget
{
    public static bool TryRead(ConventionCatalog catalog, JsonElement data, [NotNullWhen(true)] out ConventionDefinition? convention, out int year)
    {
        convention = CardData.Text(data, BilanCardData.ConventionId) is { } id ? catalog.Find(id) : null;
        year = CardData.Integer(data, BilanCardData.Year) ?? 0;
        return convention is not null && convention.Years.Contains(year);
    }

    public static bool TryRead(
        ConventionCatalog catalog, JsonElement data, [NotNullWhen(true)] out ConventionDefinition? convention, out int year, [NotNullWhen(true)] out Chantier? chantier)
    {
        chantier = TryRead(catalog, data, out convention, out year) && CardData.Integer(data, BilanCardData.Chantier) is { } number
            ? convention.FindChantier(number)
            : null;
        return chantier is not null;
    }
}
