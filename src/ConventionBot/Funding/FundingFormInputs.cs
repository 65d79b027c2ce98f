using System.Globalization;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;

namespace ConventionBot.Funding;

/// <summary>The admins' inputs of the contribution card, filled with the stored or typed values.</summary>
internal static class FundingFormInputs
{
    public static IEnumerable<AdaptiveElement> Elements(FundingView view)
    {
        var (l, values) = (view.Language, view.Values);
        yield return CardParts.Heading(FundingTexts.EditTitle(l));
        yield return Date(FundingForm.CallSentOn, FundingTexts.CallLabel(l), values, view.Today);
        yield return new AdaptiveChoiceSetInput
        {
            Id = FundingForm.Documents,
            Label = FundingTexts.DocumentsLabel(l),
            IsMultiSelect = true,
            Style = AdaptiveChoiceInputStyle.Expanded,
            Wrap = true,
            Choices = [.. view.Terms.Documents.Where(d => d.Id != FundingChecklist.BilanDocumentId).Select(d => new AdaptiveChoice { Title = d.Label, Value = d.Id })],
            Value = Kept(string.Join(",", CardValues.Split(values[FundingForm.Documents]).Where(id => view.Terms.Documents.Any(d => d.Id == id)))),
        };
        yield return new AdaptiveChoiceSetInput
        {
            Id = FundingForm.Decision,
            Label = FundingTexts.DecisionLabel(l),
            Choices = [.. Enum.GetValues<FundingDecision>().Select(d => new AdaptiveChoice { Title = FundingTexts.Decision(l, d), Value = d.ToString() })],
            Value = Enum.GetNames<FundingDecision>().Contains(values[FundingForm.Decision]) ? values[FundingForm.Decision] : nameof(FundingDecision.Full),
        };
        yield return new AdaptiveNumberInput
        {
            Id = FundingForm.Amount,
            Label = FundingTexts.ReducedAmountLabel(l),
            Min = 0,
            Max = (double)view.Terms.AnnualAmount,
            Value = double.TryParse(values[FundingForm.Amount], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) ? amount : null,
        };
        yield return new AdaptiveTextInput
        {
            Id = FundingForm.Reason,
            Label = FundingTexts.ReasonLabel(l),
            IsMultiline = true,
            Value = Kept(values[FundingForm.Reason]),
        };
        yield return Date(FundingForm.PaidOn, FundingTexts.PaidLabel(l), values, view.Today);
    }

    private static AdaptiveDateInput Date(string id, string label, IReadOnlyDictionary<string, string> values, DateOnly today) =>
        new() { Id = id, Label = label, Max = today, Value = DateText.ParseInput(values[id]) };

    private static string? Kept(string value) => value.Length == 0 ? null : value;
}
