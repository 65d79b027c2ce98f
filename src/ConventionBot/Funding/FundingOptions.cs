using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ConventionBot.Funding;

/// <summary>When the yearly contribution is expected and chased (section <c>Funding</c>).</summary>
public sealed class FundingOptions : IValidatableObject
{
    public const string SectionName = "Funding";

    private static readonly TimeSpan[] DefaultCallOffsets = [TimeSpan.FromDays(-14), TimeSpan.Zero, TimeSpan.FromDays(14)];
    private static readonly TimeSpan[] DefaultPaymentOffsets = [TimeSpan.FromDays(1), TimeSpan.FromDays(15), TimeSpan.FromDays(30)];

    /// <summary>MM-dd of the contribution's year by which the AR Hlm should have sent the call and its dossier (default 03-31).</summary>
    [RegularExpression("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", ErrorMessage = "Funding:CallDueDay must be MM-dd, e.g. 03-31.")]
    public string CallDueDay { get; set; } = "03-31";

    /// <summary>Reminders to the AR Hlm relative to the call due day (negative: before); default J-14, J, J+14. Null keeps the default (the binder appends to lists).</summary>
    public IList<TimeSpan>? CallReminderOffsets { get; set; }

    /// <summary>How long after the call the Métropole should have paid (default 60 days).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00", ErrorMessage = "Funding:PaymentDelay must be between 1 and 365 days.")]
    public TimeSpan PaymentDelay { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Reminders to the Métropole after the payment due day (default +1, +15, +30 days).</summary>
    public IList<TimeSpan>? PaymentReminderOffsets { get; set; }

    /// <summary>Time of day, in Paris, reminders go (default 09:00).</summary>
    public TimeSpan SendAt { get; set; } = TimeSpan.FromHours(9);

    public IReadOnlyList<TimeSpan> EffectiveCallOffsets => CallReminderOffsets is { Count: > 0 } o ? [.. o] : DefaultCallOffsets;

    public IReadOnlyList<TimeSpan> EffectivePaymentOffsets => PaymentReminderOffsets is { Count: > 0 } o ? [.. o] : DefaultPaymentOffsets;

    /// <summary>The day the call for <paramref name="year"/> is due (29 February falls back to the 28th).</summary>
    public DateOnly CallDueDate(int year)
    {
        var month = int.Parse(CallDueDay[..2], CultureInfo.InvariantCulture);
        var day = int.Parse(CallDueDay[3..], CultureInfo.InvariantCulture);
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    public DateOnly PaymentDueDate(DateOnly callSentOn) => callSentOn.AddDays((int)PaymentDelay.TotalDays);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveCallOffsets.Any(o => o.Duration() > TimeSpan.FromDays(365)) || EffectivePaymentOffsets.Any(o => o < TimeSpan.Zero || o > TimeSpan.FromDays(365)))
        {
            yield return new ValidationResult("Funding reminder offsets must be within 365 days (payment ones not negative).", [nameof(CallReminderOffsets)]);
        }
        if (SendAt < TimeSpan.Zero || SendAt >= TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Funding:SendAt must be a time of day, e.g. 09:00:00.", [nameof(SendAt)]);
        }
    }
}
