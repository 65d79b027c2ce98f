using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>The delay forms' inputs (request, then decision) and the reading of what was typed; errors are keyed by input id.</summary>
internal static class DelayForm
{
    public const string Date = "delayDate";
    public const string Reason = "delayReason";
    public const string Comment = "delayComment";
    public const int TextMaxLength = 500;

    public static IEnumerable<string> InputIds => [Date, Reason, Comment];

    /// <summary>The latest date a deadline may move to: the end of the year after the current deadline's.</summary>
    public static DateOnly Latest(DateOnly deadline) => new(deadline.Year + 1, 12, 31);

    /// <returns>The new date, after <paramref name="deadline"/> and no later than <see cref="Latest"/>; null with the reason in <paramref name="errors"/>.</returns>
    public static DateOnly? ReadDate(IReadOnlyDictionary<string, string> typed, DateOnly deadline, Language l, Dictionary<string, string> errors)
    {
        var text = typed[Date].Trim();
        string? error = text.Length == 0 ? DelayTexts.DateMissing(l)
            : DateText.ParseInput(text) is not { } date ? DelayTexts.DateInvalid(l, text)
            : date <= deadline ? DelayTexts.NotAfter(l, deadline)
            : date > Latest(deadline) ? DelayTexts.TooLate(l, Latest(deadline))
            : null;
        if (error is not null)
        {
            errors[Date] = error;
            return null;
        }
        return DateText.ParseInput(text);
    }

    /// <summary>The reason (<paramref name="required"/>) or the decision's comment, checked for length.</summary>
    public static string ReadText(IReadOnlyDictionary<string, string> typed, string id, bool required, Language l, Dictionary<string, string> errors)
    {
        var text = typed[id].Trim();
        if (required && text.Length == 0)
        {
            errors[id] = DelayTexts.ReasonMissing(l);
        }
        else if (text.Length > TextMaxLength)
        {
            errors[id] = CardTexts.TooLong(l, id == Reason ? DelayTexts.Reason(l) : DelayTexts.Comment(l), text.Length, TextMaxLength);
        }
        return text;
    }
}
