using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Conventions;

/// <summary>What the commands and cards about a convention year (bilan, funding, export) say about the year, in French and English.</summary>
internal static class YearTexts
{
    public static string YearMissing(Language l, ConventionDefinition convention, string keyword) => l.Pick(
        $"Précisez l’année du bilan : {string.Join(", ", convention.Years.Select(y => $"« {keyword} {y} »"))}.",
        $"Say which year: {string.Join(", ", convention.Years.Select(y => $"“{keyword} {y}”"))}.");

    public static string YearOutside(Language l, ConventionDefinition convention, int year) => l.Pick(
        $"L’année {year} n’est pas couverte par la {TitleWithPeriod(convention)} : choisissez {Years(convention, "ou")}.",
        $"{year} is not covered by the {TitleWithPeriod(convention)}: choose {Years(convention, "or")}.");

    /// <summary>
    /// The answer to a command typed without a year, or with one the convention does not cover (<paramref name="year"/>):
    /// what to type, with one button per year ("bilan 2022", …) so that it is no dead end.
    /// </summary>
    public static BotReply YearChoice(Language l, ConventionDefinition convention, string keyword, int? year = null) =>
        ConversationCards.Choices(
            year is { } outside ? YearOutside(l, convention, outside) : YearMissing(l, convention, keyword),
            convention.Years.Select(y => $"{keyword} {y}"));

    // "Convention de partenariat 2022-2024" already says its period; another title gets it in brackets.
    private static string TitleWithPeriod(ConventionDefinition convention) =>
        convention.Title.Contains($"{convention.StartDate.Year}-{convention.EndDate.Year}", StringComparison.Ordinal)
            ? convention.Title
            : $"{convention.Title} ({convention.StartDate.Year}-{convention.EndDate.Year})";

    /// <summary>A button whose <see cref="YearCardData"/> no longer matches a convention year.</summary>
    public static string CardOutdated(Language l) => l.Pick(
        "Cette carte n’est plus valable : tapez « bilan » suivi de l’année pour en obtenir une à jour.",
        "This card is no longer valid: type “report” and the year to get an up-to-date one.");

    private static string Years(ConventionDefinition convention, string or) =>
        string.Join(", ", convention.Years.SkipLast(1)) + $" {or} {convention.Years[^1]}";
}
