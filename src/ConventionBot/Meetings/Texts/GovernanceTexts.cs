using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What the governance record, its alerts and its deadlines say.</summary>
internal static class GovernanceTexts
{
    public static string SectionTitle(Language l, ConventionDefinition convention) =>
        l.Pick($"Gouvernance{Cited(convention)} : réunions tenues ou prévues", $"Governance{Cited(convention)}: meetings held or planned");

    /// <summary>" (art. 4)" when the definition says which article sets its governance, else nothing.</summary>
    private static string Cited(ConventionDefinition convention) => ConventionArticle.Cite(convention.Governance.Article);

    /// <summary>"COPIL 1/1 ✔, COTECH 1/2 ⚠".</summary>
    public static string Record(YearRecord record) =>
        string.Join(", ", record.Tallies.Select(t => $"{t.Code} {t.Count}/{t.Minimum} {(t.IsMet ? "✔" : "⚠")}"));

    public static string RecordLegend(Language l) => l.Pick(
        "✔ : minimum de la convention atteint ; ⚠ : en dessous du minimum annuel.", "✔: the convention's minimum is met; ⚠: below the yearly minimum.");

    public static string AlertTitle(Language l, int year, string instance) => l.Pick(
        $"Gouvernance {year} : pas assez de {instance}", $"Governance {year}: not enough {instance} meetings");

    public static string AlertBody(Language l, ConventionDefinition convention, string date, int count, string instance, int minimum, int yearly)
    {
        var rule = convention.ShortTitle + Cited(convention);
        return l.Pick(
            $"Au {date}, {HeldOrPlanned(count, instance)} cette année, pour {Expected(minimum)} à cette date. {rule} : au moins {yearly} par an. Planifiez la ou les réunions qui manquent.",
            $"As of {date}, {NumberText.Count(count, Language.English, instance + " meeting", instance + " meetings")} held or planned this year, {minimum} expected by now. {rule}: at least {yearly} a year. Schedule the missing ones.");
    }

    private static string HeldOrPlanned(int count, string instance) =>
        NumberText.Count(count, Language.French, $"{instance} tenu ou prévu", $"{instance} tenus ou prévus");

    private static string Expected(int count) => NumberText.Count(count, Language.French, "attendu", "attendus");

    public static string YearRecordTitle(Language l, int year) => l.Pick($"Bilan {year}", $"{year} record");

    public static string CheckpointDeadline(Language l, string instance, int year, int count, int minimum) => l.Pick(
        $"{instance} {year} : {NumberText.Count(count, Language.French, "tenu ou prévu", "tenus ou prévus")}, {Expected(minimum)}", $"{instance} {year}: {count} held or planned, {minimum} expected");

    public static string CheckpointDetail(Language l, ConventionDefinition convention) =>
        l.Pick($"Point de contrôle de la gouvernance{Cited(convention)}", $"Governance checkpoint{Cited(convention)}");

    public static string MeetingDeadline(Language l, string name) => l.Pick($"Réunion : {name}", $"Meeting: {name}");

    public static string ActionDeadline(Language l, string text) => l.Pick($"Action de suivi : {text}", $"Follow-up action: {text}");

    public static string ActionDetail(Language l, string owner, string name, string day) => l.Pick(
        $"Porteur : {owner} — décidée lors de la réunion {name} du {day}", $"Owner: {owner} — decided at the {name} meeting on {day}");

    public static string ChantierMeetings(Language l, LevelWord item) => l.Pick($"Réunions sur {item.This(l)}", $"Meetings about {item.This(l)}");

    public static string NoChantierMeeting(Language l, LevelWord item) => l.Pick($"Aucune réunion n’a encore porté sur {item.This(l)}.", $"No meeting has been about {item.This(l)} yet.");

    public static string StateOf(Language l, Meeting meeting, DateTimeOffset now) => meeting.Status switch
    {
        MeetingStatus.Held => l.Pick("tenue, compte-rendu enregistré", "held, minutes recorded"),
        _ when meeting.Start > now => l.Pick("prévue", "planned"),
        _ => l.Pick("passée, compte-rendu à saisir", "past, minutes to record"),
    };
}
