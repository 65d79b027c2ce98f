using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Reads the deadline an admin chose for a campaign.</summary>
internal static class BilanCampaignForm
{
    public const string Deadline = "deadline";

    /// <returns>The deadline, or null with the reason in <paramref name="errors"/>.</returns>
    public static DateOnly? ReadDeadline(string? typed, DateOnly today, Language language, List<string> errors)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(BilanTexts.DeadlineMissing(language));
            return null;
        }
        if (DateText.ParseInput(text) is not { } deadline)
        {
            errors.Add(BilanTexts.DeadlineInvalid(language, text));
            return null;
        }
        if (deadline < today)
        {
            errors.Add(BilanTexts.DeadlinePast(language, today));
            return null;
        }
        return deadline;
    }
}
