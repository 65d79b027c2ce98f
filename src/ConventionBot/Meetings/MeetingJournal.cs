using ConventionBot.Calendar;
using ConventionBot.Journal;

namespace ConventionBot.Meetings;

/// <summary>A meeting's changes as the audit journal words them (plain French; typography is set when shown).</summary>
internal static class MeetingJournal
{
    public static JournalChange Of(Meeting meeting, string summary)
    {
        var date = ParisTime.DateOf(meeting.Start);
        return new JournalChange(
            meeting.ConventionId, $"{meeting.Instance.DisplayName(Language.French)} du {DateText.Numeric(date)}", summary, date.Year,
            meeting.Chantiers is [var only] ? only : null);
    }

    public static string FollowUp(Meeting meeting) =>
        $"compte-rendu enregistré : {NumberText.Count(meeting.Participants.Count, Language.French, "participant", "participants")}, "
        + NumberText.Count(meeting.Actions.Count, Language.French, "action de suivi", "actions de suivi");
}
