using System.Globalization;

namespace ConventionBot.Calendar;

/// <summary>Counts and amounts: "2 500", "20 000 €" / "2,500", "€20,000".</summary>
internal static class NumberText
{
    // Pinned rather than read from ICU, whose fr-FR group separator has changed between versions.
    private static readonly NumberFormatInfo French = new()
    {
        NumberGroupSeparator = Typography.NarrowNoBreakSpace.ToString(),
        NumberDecimalSeparator = ",",
    };

    private static readonly NumberFormatInfo English = NumberFormatInfo.InvariantInfo;

    /// <summary>A count: "2 500" with a narrow no-break space / "2,500".</summary>
    public static string Number(long value, Language language) => value.ToString("#,0", Format(language));

    /// <summary>A number with up to two decimals: "2 500", "12,5" / "2,500", "12.5".</summary>
    public static string Decimal(decimal value, Language language) => value.ToString("#,0.##", Format(language));

    /// <summary>
    /// A count with its noun, agreed: "1 chantier validé", "0 chantier validé", "3 chantiers validés" (in French the
    /// singular goes up to 1) / "1 workstream", "0 workstreams".
    /// </summary>
    public static string Count(long value, Language language, string one, string many) =>
        $"{Number(value, language)} {((language == Language.French ? value < 2 : value == 1) ? one : many)}";

    /// <summary>An amount: "20 000 €", "15 000,5 €" / "€20,000"; another currency keeps its code.</summary>
    public static string Amount(decimal amount, string currency, Language language)
    {
        var symbol = currency == "EUR" ? "€" : currency;
        var number = amount.ToString("#,0.##", Format(language));
        return language.Pick($"{number}{Typography.NoBreakSpace}{symbol}", $"{symbol}{number}");
    }

    private static NumberFormatInfo Format(Language language) => language == Language.French ? French : English;
}
