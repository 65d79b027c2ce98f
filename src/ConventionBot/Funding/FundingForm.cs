using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>The contribution card's inputs: ids, raw values of a record, and the reading of what an admin typed.</summary>
internal static class FundingForm
{
    public const string CallSentOn = "callSentOn";
    public const string Documents = "documents";
    public const string Decision = "decision";
    public const string Amount = "amount";
    public const string Reason = "reason";
    public const string PaidOn = "paidOn";
    public const int ReasonMaxLength = 500;

    public static IEnumerable<string> InputIds => [CallSentOn, Documents, Decision, Amount, Reason, PaidOn];

    public static Dictionary<string, string> ValuesOf(FundingRecord record) => new(StringComparer.Ordinal)
    {
        [CallSentOn] = record.CallSentOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        [Documents] = string.Join(",", record.DocumentsReceived),
        [Decision] = record.Decision.ToString(),
        [Amount] = record.ReducedAmount?.ToString(CultureInfo.InvariantCulture) ?? "",
        [Reason] = record.Reason ?? "",
        [PaidOn] = record.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The record as typed over <paramref name="current"/>; <paramref name="errors"/> says what is wrong.</summary>
    public static FundingRecord Read(
        IReadOnlyDictionary<string, string> values, FundingRecord current, ContributionTerms terms, DateOnly today, Language l, List<string> errors)
    {
        var callSentOn = ReadDate(values[CallSentOn], FundingTexts.CallLabel(l), today, l, errors);
        var paidOn = ReadDate(values[PaidOn], FundingTexts.PaidLabel(l), today, l, errors);
        var known = terms.Documents.Where(d => d.Id != FundingChecklist.BilanDocumentId).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var documents = CardValues.Split(values[Documents]).ToList();
        errors.AddRange(documents.Where(d => !known.Contains(d)).Select(d => FundingTexts.UnknownDocument(l, d)));
        var decision = ReadDecision(values[Decision], l, errors);
        var amount = decision == FundingDecision.Reduced ? ReadAmount(values[Amount], terms.AnnualAmount, l, errors) : null;
        var reason = ReadReason(values[Reason], decision, l, errors);
        errors.AddRange(Consistency(callSentOn, paidOn, decision, l));
        return current with
        {
            CallSentOn = callSentOn,
            DocumentsReceived = [.. documents.Where(known.Contains).Distinct(StringComparer.Ordinal)],
            Decision = decision ?? current.Decision,
            ReducedAmount = amount,
            Reason = decision == FundingDecision.Full ? null : reason,
            PaidOn = paidOn,
        };
    }

    private static FundingDecision? ReadDecision(string raw, Language l, List<string> errors)
    {
        if (Enum.GetNames<FundingDecision>().Contains(raw.Trim(), StringComparer.Ordinal))
        {
            return Enum.Parse<FundingDecision>(raw.Trim());
        }
        errors.Add(FundingTexts.UnknownDecision(l, raw));
        return null;
    }

    /// <summary>The reason, required for a reduction or a suspension; null when empty.</summary>
    private static string? ReadReason(string raw, FundingDecision? decision, Language l, List<string> errors)
    {
        var reason = raw.Trim();
        if (reason.Length > ReasonMaxLength)
        {
            errors.Add(CardTexts.TooLong(l, FundingTexts.ReasonLabel(l), reason.Length, ReasonMaxLength));
        }
        if (decision is FundingDecision.Reduced or FundingDecision.Suspended && reason.Length == 0)
        {
            errors.Add(FundingTexts.ReasonRequired(l));
        }
        return reason.Length == 0 ? null : reason;
    }

    private static IEnumerable<string> Consistency(DateOnly? callSentOn, DateOnly? paidOn, FundingDecision? decision, Language l)
    {
        if (paidOn is not null && callSentOn is null)
        {
            yield return FundingTexts.PaidWithoutCall(l);
        }
        if (paidOn < callSentOn)
        {
            yield return FundingTexts.PaidBeforeCall(l);
        }
        if (paidOn is not null && decision == FundingDecision.Suspended)
        {
            yield return FundingTexts.PaidWhileSuspended(l);
        }
    }

    private static DateOnly? ReadDate(string raw, string label, DateOnly today, Language l, List<string> errors)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (DateText.ParseInput(text) is not { } day)
        {
            errors.Add(FundingTexts.InvalidDate(l, label, text));
            return null;
        }
        if (day > today)
        {
            errors.Add(FundingTexts.FutureDate(l, label));
            return null;
        }
        return day;
    }

    private static decimal? ReadAmount(string raw, decimal annual, Language l, List<string> errors)
    {
        var text = raw.Trim();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            || amount < 0 || amount >= annual || decimal.Round(amount, 2) != amount)
        {
            errors.Add(FundingTexts.InvalidAmount(l, text, annual));
            return null;
        }
        return amount;
    }
}
