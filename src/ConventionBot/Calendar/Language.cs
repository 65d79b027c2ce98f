namespace ConventionBot.Calendar;

/// <summary>The language the bot answers in: French, unless the Teams locale is English.</summary>
public enum Language
{
    French,
    English,
}

public static class LanguageExtensions
{
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;

    /// <summary>
    /// Picks the French or the English text; the French one is set with French typography (<see cref="Typography.French"/>),
    /// so every text the bot writes gets its non-breaking spaces and curly apostrophes in one place.
    /// </summary>
    public static string Pick(this Language language, string french, string english) =>
        language == Language.English ? english : Typography.French(french);
}
