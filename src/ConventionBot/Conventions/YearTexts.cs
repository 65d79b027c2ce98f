using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Conventions;

/// <summary>What the commands and cards about a convention year (bilan, funding, export) say about the year, in French and English.</summary>
internal static class YearTexts
{
    public static string YearMissing(Language l, IEnumerable<string> phrases) => l.Pick(
        $"Précisez l’année du bilan : {string.Join(", ", phrases.Select(p => $"« {p} »"))}.",
        $"Say which year: {string.Join(", ", phrases.Select(p => $"“{p}”"))}.");

    public static string YearOutside(Language l, ConventionDefinition convention, int year) => l.Pick(
        $"L’année {year} n’est pas couverte par « {TitleWithPeriod(convention)} » : choisissez {Years(convention, "ou")}.",
        $"{year} is not covered by “{TitleWithPeriod(convention)}”: choose {Years(convention, "or")}.");

    /// <summary>
    /// The answer to a command typed without a year, or with one the convention does not cover (<paramref name="year"/>):
    /// what to type, with one button per year ("bilan 2022", …) so that it is no dead end.
    /// </summary>
    /// <param name="command">What is typed before the year ("bilan", "export bilan"); the convention's id is added when needed (<see cref="ConventionCatalog.Phrase"/>).</param>
    public static BotReply YearChoice(Language l, ConventionCatalog catalog, ConventionDefinition convention, string command, int? year = null)
    {
        var phrases = convention.Years.Select(y => catalog.Phrase(command, convention, y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return ConversationCards.Choices(year is { } outside ? YearOutside(l, convention, outside) : YearMissing(l, phrases), phrases);
    }

    // "Convention Métropole – AR Hlm 2022-2024" already says its period; another title gets it in brackets.
    private static string TitleWithPeriod(ConventionDefinition convention) =>
        convention.ShortTitle.Contains($"{convention.StartDate.Year}-{convention.EndDate.Year}", StringComparison.Ordinal)
            ? convention.ShortTitle
            : $"{convention.ShortTitle} ({convention.StartDate.Year}-{convention.EndDate.Year})";

    /// <summary>A button whose <see cref="YearCardData"/> no longer matches a convention year.</summary>
    public static string CardOutdated(Language l) => l.Pick(
        "Cette carte n’est plus valable : tapez « bilan » suivi de l’année pour en obtenir une à jour.",
        "This card is no longer valid: type “report” and the year to get an up-to-date one.");

    private static string Years(ConventionDefinition convention, string or) =>
        string.Join(", ", convention.Years.SkipLast(1)) + $" {or} {convention.Years[^1]}";
}
