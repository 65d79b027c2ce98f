using ConventionBot.Conversation;

namespace ConventionBot.Journal;

/// <summary>
/// What an admin asked the journal for: everything, or one year ("2024"), one chantier ("chantier 5"), or the
/// changes of a person whose name contains the words typed ("dupont"), accents and case ignored.
/// </summary>
public sealed record JournalQuery(int? Year = null, int? Chantier = null, string? Person = null)
{
    public static readonly JournalQuery All = new();

    public static JournalQuery Parse(string text)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words switch
        {
            [] => All,
            [var year] when int.TryParse(year, out var y) && y is >= 2000 and <= 2100 => new(Year: y),
            [var keyword, var number] when CommandText.Normalize(keyword) is "chantier" or "workstream" && int.TryParse(number, out var n) => new(Chantier: n),
            _ => new(Person: string.Join(' ', words)),
        };
    }

    /// <summary>The query as typed back after <c>journal</c>, for the next page's button.</summary>
    public string Text => Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Chantier is { } c ? "chantier " + c.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Person ?? "";

    /// <summary>The part of the query Table Storage cannot filter (a word of a name, accents ignored); year and chantier are filtered by the service.</summary>
    public bool MatchesPerson(JournalEntry entry) =>
        Person is null || CommandText.Normalize(entry.ActorName ?? "").Contains(CommandText.Normalize(Person), StringComparison.Ordinal);
}
