using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Journal;

internal static class JournalTexts
{
    public static string Title(Language l) => l.Pick("Journal des modifications", "Change log");

    public static string Scope(Language l, JournalQuery query)
    {
        var of = query.Convention is { } convention ? $" ({convention.ShortTitle})" : "";
        return query switch
        {
            { Year: { } year } => l.Pick($"Modifications concernant l’année {year}{of}, les plus récentes d’abord.", $"Changes about {year}{of}, newest first."),
            { Chantier: { } item } => l.Pick(
                $"Modifications concernant {query.ItemWord.The(l)} {item}{of}, les plus récentes d’abord.",
                $"Changes about {query.ItemWord.Name(l)} {item}{of}, newest first."),
            { Person: { } person } => l.Pick(
                $"Modifications faites par « {Typography.Excerpt(person)} »{of}, les plus récentes d’abord.",
                $"Changes made by “{Typography.Excerpt(person)}”{of}, newest first."),
            _ => l.Pick($"Toutes les modifications du suivi{of}, les plus récentes d’abord.", $"Every change to the record{of}, newest first."),
        };
    }

    /// <summary>How to filter, with one item example per definition: « journal chantier 1 », « journal action 1 ».</summary>
    public static string Filters(Language l, ConventionCatalog catalog)
    {
        var year = catalog.Default.EndDate.Year.ToString(CultureInfo.InvariantCulture);
        var items = catalog.All.Where(d => d.Chantiers.Count > 0)
            .Select(d => $"journal {d.Levels.Item.Singular} {d.Chantiers[0].Number.ToString(CultureInfo.InvariantCulture)}");
        return l.Pick(
            $"Filtrer : « journal {year} », {string.Join(", ", items.Select(i => $"« {i} »"))} ou « journal » suivi d’un nom.",
            $"Filter: “journal {year}”, {string.Join(", ", items.Select(i => $"“{i}”"))} or “journal” followed by a name.");
    }

    public static string Empty(Language l) => l.Pick("Aucune modification enregistrée.", "No change recorded.");

    /// <summary>When and who, then the definition's short title when <paramref name="convention"/> is given.</summary>
    public static string Line(Language l, JournalEntry entry, ConventionDefinition? convention)
    {
        var of = convention is null ? "" : " · " + convention.ShortTitle;
        return l.Pick(
            $"{DateText.Moment(entry.At, l)} — {entry.ActorName ?? "(nom inconnu)"}{of}",
            $"{DateText.Moment(entry.At, l)} — {entry.ActorName ?? "(unknown name)"}{of}");
    }

    public static string Change(Language l, JournalEntry entry) => l.Pick($"{entry.Subject} : {entry.Summary}", $"{entry.Subject}: {entry.Summary}");

    public static string Export(Language l) => l.Pick("Exporter tout le journal (CSV)", "Export the whole log (CSV)");

    public static string Older(Language l) => l.Pick("Modifications plus anciennes", "Older changes");
}
