using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// Who attended a meeting, between the follow-up form (people who answered, ticked by user id, plus other names typed
/// one per line or comma-separated) and the names stored on the meeting.
/// </summary>
internal static class Attendance
{
    public const string AttendeesId = "attendees";
    public const string OthersId = "others";
    public const int NameMax = 80;

    // The follow-up form is close to Teams' card size cap when every other field is full: attendance gets what is left.
    public const int TextMax = 500;
    public const int ChoicesMax = 10;

    private static readonly char[] Separators = ['\n', '\r', ',', ';'];

    /// <summary>The people to offer: those who answered and gave a name, "participe" first, as many as the card holds.</summary>
    public static IReadOnlyList<Rsvp> Choices(IReadOnlyList<Rsvp> answers) =>
        [.. answers.Where(a => !string.IsNullOrWhiteSpace(a.Name)).OrderByDescending(a => a.Attending).Take(ChoicesMax)];

    /// <summary>Before anything is recorded, those who answered "participe"; afterwards, what was recorded.</summary>
    public static (string? Attendees, string? Others) Prefill(Meeting meeting, IReadOnlyList<Rsvp> answers)
    {
        var choices = Choices(answers);
        if (meeting.Participants.Count == 0)
        {
            var beyond = answers.Where(a => a.Attending && !string.IsNullOrWhiteSpace(a.Name) && !choices.Contains(a)).Select(a => a.Name);
            return (Ids(choices.Where(a => a.Attending)), string.Join('\n', beyond) is { Length: > 0 } text ? text : null);
        }
        var ticked = choices.Where(a => meeting.Participants.Contains(a.Name!, StringComparer.OrdinalIgnoreCase)).ToList();
        var others = meeting.Participants.Where(p => !ticked.Any(a => string.Equals(a.Name, p, StringComparison.OrdinalIgnoreCase)));
        return (Ids(ticked), string.Join('\n', others) is { Length: > 0 } typed ? typed : null);
    }

    /// <summary>The names of those ticked, then of the others typed, each once; errors go under the others' input.</summary>
    public static IReadOnlyList<string> Read(FollowUpForm form, IReadOnlyList<Rsvp> answers, Language language, Dictionary<string, string> errors)
    {
        var ticked = (form.Attendees ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var typed = (form.Others ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = Choices(answers).Where(a => ticked.Contains(a.UserId)).Select(a => a.Name!.Trim()).Concat(typed)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (typed.FirstOrDefault(n => n.Length > NameMax) is { } tooLong)
        {
            errors[OthersId] = FormTexts.NameTooLong(language, NameMax, tooLong);
        }
        else if (string.Join(", ", names) is { Length: > TextMax } all)
        {
            errors[OthersId] = FormTexts.TooLong(language, TextMax, all.Length);
        }
        return names;
    }

    private static string? Ids(IEnumerable<Rsvp> answers) => string.Join(',', answers.Select(a => a.UserId)) is { Length: > 0 } ids ? ids : null;
}
