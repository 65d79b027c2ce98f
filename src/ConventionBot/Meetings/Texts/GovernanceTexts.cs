using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What the governance record, its alerts and its deadlines say.</summary>
internal static class GovernanceTexts
{
    public static string SectionTitle(Language l) => l.Pick("Gouvernance (art. 4) : réunions tenues ou prévues", "Governance (art. 4): meetings held or planned");

    /// <summary>"COPIL 1/1 ✔, COTECH 1/2 ⚠".</summary>
    public static string Record(YearRecord record) =>
        string.Join(", ", record.Tallies.Select(t => $"{t.Code} {t.Count}/{t.Minimum} {(t.IsMet ? "✔" : "⚠")}"));

    public static string RecordLegend(Language l) => l.Pick(
        "✔ : minimum de la convention atteint ; ⚠ : en dessous du minimum annuel.", "✔: the convention's minimum is met; ⚠: below the yearly minimum.");

    public static string AlertTitle(Language l, int year, string instance) => l.Pick(
        $"Gouvernance {year} : pas assez de {instance}", $"Governance {year}: not enough {instance} meetings");

    public static string AlertBody(Language l, string date, int count, string instance, int minimum, int yearly) => l.Pick(
        $"Au {date}, {HeldOrPlanned(count, instance)} cette année, pour {Expected(minimum)} à cette date. La convention (art. 4) en demande au moins {yearly} par an : planifiez la ou les réunions qui manquent.",
        $"As of {date}, {NumberText.Count(count, Language.English, instance + " meeting", instance + " meetings")} held or planned this year, {minimum} expected by now. The convention (art. 4) asks for at least {yearly} a year: schedule the missing ones.");

    private static string HeldOrPlanned(int count, string instance) =>
        NumberText.Count(count, Language.French, $"{instance} tenu ou prévu", $"{instance} tenus ou prévus");

    private static string Expected(int count) => NumberText.Count(count, Language.French, "attendu", "attendus");

    public static string YearRecordTitle(Language l, int year) => l.Pick($"Bilan {year}", $"{year} record");

    public static string CheckpointDeadline(Language l, string instance, int year, int count, int minimum) => l.Pick(
        $"{instance} {year} : {NumberText.Count(count, Language.French, "tenu ou prévu", "tenus ou prévus")}, {Expected(minimum)}", $"{instance} {year}: {count} held or planned, {minimum} expected");

    public static string CheckpointDetail(Language l) => l.Pick("Point de contrôle de la gouvernance (art. 4)", "Governance checkpoint (art. 4)");

    public static string MeetingDeadline(Language l, string name) => l.Pick($"Réunion : {name}", $"Meeting: {name}");

    public static string ActionDeadline(Language l, string text) => l.Pick($"Action de suivi : {text}", $"Follow-up action: {text}");

    public static string ActionDetail(Language l, string owner, string name, string day) => l.Pick(
        $"Porteur : {owner} — décidée lors de la réunion {name} du {day}", $"Owner: {owner} — decided at the {name} meeting on {day}");

    public static string ChantierMeetings(Language l) => l.Pick("Réunions sur ce chantier", "Meetings about this chantier");

    public static string NoChantierMeeting(Language l) => l.Pick("Aucune réunion n’a encore porté sur ce chantier.", "No meeting has been about this chantier yet.");

    public static string StateOf(Language l, Meeting meeting, DateTimeOffset now) => meeting.Status switch
    {
        MeetingStatus.Held => l.Pick("tenue, compte-rendu enregistré", "held, minutes recorded"),
        _ when meeting.Start > now => l.Pick("prévue", "planned"),
        _ => l.Pick("passée, compte-rendu à saisir", "past, minutes to record"),
    };
}
