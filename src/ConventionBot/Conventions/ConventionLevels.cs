using ConventionBot.Calendar;

namespace ConventionBot.Conventions;

/// <summary>
/// The words a definition uses for its two levels: axes and chantiers for the 2022-2024 convention,
/// orientations and actions for a PLH's action programme. Cards, commands and documents use them.
/// </summary>
public sealed record ConventionLevels(LevelWord Group, LevelWord Item)
{
    /// <summary>True when <paramref name="keyword"/> (lower case, no accents) is one of the words of either level, in either language.</summary>
    public bool Uses(string keyword) => Group.Words.Contains(keyword) || Item.Words.Contains(keyword);

    /// <summary>What a definition is called when it does not say (<see cref="ConventionDefinition.Kind"/>).</summary>
    public static LevelWord Convention { get; } = new("convention", "conventions", Feminine: true, "convention", "conventions");

    /// <summary>The partnership convention's words, for a definition that names none.</summary>
    public static ConventionLevels Default { get; } = new(
        new LevelWord("axe", "axes", Feminine: false, "axis", "axes"),
        new LevelWord("chantier", "chantiers", Feminine: false, "workstream", "workstreams"));
}

/// <summary>One level's word, lower case, in both languages, and its gender for French agreement.</summary>
public sealed record LevelWord(string Singular, string Plural, bool Feminine, string English, string EnglishPlural)
{
    /// <summary>The words a user may type for this level, lower case without accents, singular and plural, French and English.</summary>
    public IReadOnlyList<string> Words =>
        [.. new[] { Singular, Plural, English, EnglishPlural }.Select(Conversation.CommandText.Normalize).Distinct()];

    /// <summary>"chantier" / "workstream".</summary>
    public string Name(Language l) => l == Language.English ? English : Singular;

    /// <summary>"chantiers" / "workstreams".</summary>
    public string Names(Language l) => l == Language.English ? EnglishPlural : Plural;

    /// <summary>"Chantier 5", "Action 12".</summary>
    public string Numbered(int number, Language l) => Typography.Capitalised(Name(l)) + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Chantier" / "Action".</summary>
    public string Title(Language l) => Typography.Capitalised(Name(l));

    /// <summary>"Chantiers" / "Actions".</summary>
    public string Titles(Language l) => Typography.Capitalised(Names(l));

    /// <summary>"le chantier" / "l’action" / "the workstream".</summary>
    public string The(Language l) => l == Language.English ? "the " + English : Elided(Feminine ? "la " : "le ", "l’");

    /// <summary>The French definite article before the word or a title of that gender: "le ", "la ", "l’".</summary>
    public string Article => StartsWithVowel(Singular) ? "l’" : Feminine ? "la " : "le ";

    /// <summary>"du chantier" / "de l’action" / "of the workstream".</summary>
    public string Of(Language l) => l == Language.English ? "of the " + English : Elided(Feminine ? "de la " : "du ", "de l’");

    /// <summary>"ce chantier" / "cette action" / "this workstream".</summary>
    public string This(Language l) => l == Language.English ? "this " + English : (Feminine ? "cette " : StartsWithVowel(Singular) ? "cet " : "ce ") + Singular;

    /// <summary>"un chantier" / "une action" / "a workstream".</summary>
    public string A(Language l) => l == Language.English ? (StartsWithVowel(English) ? "an " : "a ") + English : (Feminine ? "une " : "un ") + Singular;

    /// <summary>The French word agreeing with this level's gender: <c>Agree("validé", "validée")</c>.</summary>
    public string Agree(string masculine, string feminine) => Feminine ? feminine : masculine;

    private string Elided(string article, string elided) => (StartsWithVowel(Singular) ? elided : article) + Singular;

    private static bool StartsWithVowel(string word) => word.Length > 0 && "aeiouyhéèêàâîôû".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal);
}
