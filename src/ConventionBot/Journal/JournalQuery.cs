using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Journal;

/// <summary>
/// What an admin asked the journal for: everything, or one year ("2024"), one item in its definition's word
/// ("chantier 5", "action 12"), or the changes of a person whose name contains the words typed ("dupont"), accents and
/// case ignored. A definition's id or years said first ("2014-2020 2016") keep only that definition's changes.
/// </summary>
public sealed record JournalQuery(int? Year = null, int? Chantier = null, string? Person = null, ConventionDefinition? Convention = null)
{
    public static readonly JournalQuery All = new();

    public static JournalQuery Parse(string text, ConventionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var named = words.Length > 0 ? catalog.Named(words[0]) : null;
        if (named is not null)
        {
            words = words[1..];
        }
        return words switch
        {
            [] => new(Convention: named),
            [var year] when int.TryParse(year, out var y) && y is >= 2000 and <= 2100 => new(Year: y, Convention: named),
            [var keyword, var number] when int.TryParse(number, out var n)
                && (named ?? catalog.Scope(CommandText.Normalize(keyword), number).Convention) is { } convention
                && convention.Levels.Item.Words.Contains(CommandText.Normalize(keyword)) => new(Chantier: n, Convention: convention),
            _ => new(Person: string.Join(' ', words), Convention: named),
        };
    }

    /// <summary>The item's word: the definition's, the convention's by default.</summary>
    public LevelWord ItemWord => (Convention?.Levels ?? ConventionLevels.Default).Item;

    /// <summary>The query as typed back after <c>journal</c>, for the next page's button.</summary>
    public string Text => string.Join(' ', new[]
    {
        Convention?.Id,
        Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Chantier is { } c ? ItemWord.Singular + " " + c.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Person,
    }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>The part of the query Table Storage cannot filter (a word of a name, accents ignored); year and chantier are filtered by the service.</summary>
    public bool MatchesPerson(JournalEntry entry) =>
        Person is null || CommandText.Normalize(entry.ActorName ?? "").Contains(CommandText.Normalize(Person), StringComparison.Ordinal);
}
