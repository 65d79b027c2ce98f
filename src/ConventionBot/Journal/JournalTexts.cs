using ConventionBot.Calendar;

namespace ConventionBot.Journal;

internal static class JournalTexts
{
    public static string Title(Language l) => l.Pick("Journal des modifications", "Change log");

    public static string Scope(Language l, JournalQuery query) => query switch
    {
        { Year: { } year } => l.Pick($"Modifications concernant l’année {year}, les plus récentes d’abord.", $"Changes about {year}, newest first."),
        { Chantier: { } chantier } => l.Pick($"Modifications concernant le chantier {chantier}, les plus récentes d’abord.", $"Changes about workstream {chantier}, newest first."),
        { Person: { } person } => l.Pick($"Modifications faites par « {Typography.Excerpt(person)} », les plus récentes d’abord.", $"Changes made by “{Typography.Excerpt(person)}”, newest first."),
        _ => l.Pick("Toutes les modifications du suivi, les plus récentes d’abord.", "Every change to the record, newest first."),
    };

    public static string Filters(Language l) => l.Pick(
        "Filtrer : « journal 2024 », « journal chantier 5 » ou « journal » suivi d’un nom.",
        "Filter: “journal 2024”, “journal chantier 5” or “journal” followed by a name.");

    public static string Empty(Language l) => l.Pick("Aucune modification enregistrée.", "No change recorded.");

    public static string Line(Language l, JournalEntry entry) => l.Pick(
        $"{DateText.Moment(entry.At, l)} — {entry.ActorName ?? "(nom inconnu)"}",
        $"{DateText.Moment(entry.At, l)} — {entry.ActorName ?? "(unknown name)"}");

    public static string Change(Language l, JournalEntry entry) => l.Pick($"{entry.Subject} : {entry.Summary}", $"{entry.Subject}: {entry.Summary}");

    public static string Export(Language l) => l.Pick("Exporter tout le journal (CSV)", "Export the whole log (CSV)");

    public static string Older(Language l) => l.Pick("Modifications plus anciennes", "Older changes");
}
