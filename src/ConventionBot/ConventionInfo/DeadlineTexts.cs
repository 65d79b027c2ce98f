using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The labels of the deadlines card, in French and English.</summary>
internal static class DeadlineTexts
{
    public static string Title(string convention, Language l) => l.Pick($"Échéances — {convention}", $"Deadlines — {convention}");

    public static string None(Language l) => l.Pick(
        "Aucune échéance à venir pour cette convention.", "No upcoming deadline for this convention.");

    public static string Overdue(int count, Language l) => l.Pick($"En retard ({count})", $"Overdue ({count})");

    public static string Upcoming(int count, Language l) => l.Pick($"À venir ({count})", $"Upcoming ({count})");

    public static string Late(string moment, Language l) => l.Pick($"**En retard** — prévu le {moment}", $"**Overdue** — due {moment}");

    public static string More(int count, Language l) => count == 1
        ? l.Pick("… et 1 autre échéance.", "… and 1 more.")
        : l.Pick($"… et {count} autres échéances.", $"… and {count} more.");
}
