using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Checks the follow-up card: lengths, and that each new action says what, who and by when.</summary>
internal static class FollowUpValidator
{
    // Bounded so the follow-up card, which shows all of it, stays within Teams' card size limit.
    public const int MinutesMax = 3000;
    public const int DecisionsMax = 1500;
    public const int ActionMax = 200;
    public const int OwnerMax = 80;
    public const int ActionsMax = 10;

    /// <param name="answers">The meeting's answers: the attendees ticked are read from them.</param>
    public static Validated<FollowUpDraft> Validate(FollowUpForm form, Meeting meeting, IReadOnlyList<Rsvp> answers, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(meeting);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckLength(form.Minutes, MinutesMax, "minutes", language, errors);
        CheckLength(form.Decisions, DecisionsMax, "decisions", language, errors);
        var actions = meeting.Actions.Select((a, i) => a with { Done = i < form.Done.Count && form.Done[i] }).ToList();
        for (var row = 0; row < form.NewActions.Count; row++)
        {
            if (ReadRow(form.NewActions[row], row, language, errors) is { } action)
            {
                if (actions.Count == ActionsMax)
                {
                    errors[FollowUpForm.NewId("text", row)] = FormTexts.TooManyActions(language, ActionsMax);
                }
                actions.Add(action);
            }
        }
        var participants = Attendance.Read(form, answers, language, errors);
        return new Validated<FollowUpDraft>(errors.Count == 0 ? new FollowUpDraft(form.Minutes, form.Decisions, actions, participants) : null, errors);
    }

    private static FollowUpAction? ReadRow(NewActionRow row, int index, Language language, Dictionary<string, string> errors)
    {
        if (row.IsBlank)
        {
            return null;
        }
        var due = CardValues.Date(row.Due);
        if (row.Text is null)
        {
            errors[FollowUpForm.NewId("text", index)] = FormTexts.ActionTextMissing(language);
        }
        CheckLength(row.Text, ActionMax, FollowUpForm.NewId("text", index), language, errors);
        if (row.Owner is null)
        {
            errors[FollowUpForm.NewId("owner", index)] = FormTexts.ActionOwnerMissing(language);
        }
        CheckLength(row.Owner, OwnerMax, FollowUpForm.NewId("owner", index), language, errors);
        if (due is null)
        {
            errors[FollowUpForm.NewId("due", index)] = row.Due is null ? FormTexts.ActionDueMissing(language) : FormTexts.BadDate(language, row.Due);
        }
        return row.Text is null || row.Owner is null || due is null ? null : new FollowUpAction(row.Text, row.Owner, due.Value, Done: false);
    }

    private static void CheckLength(string? text, int max, string field, Language language, Dictionary<string, string> errors)
    {
        if (text is not null && text.Length > max)
        {
            errors[field] = FormTexts.TooLong(language, max, text.Length);
        }
    }
}

/// <summary>A valid follow-up: the compte-rendu, the decisions, every action (the existing ones first), and who attended.</summary>
internal sealed record FollowUpDraft(string? Minutes, string? Decisions, IReadOnlyList<FollowUpAction> Actions, IReadOnlyList<string> Participants);
