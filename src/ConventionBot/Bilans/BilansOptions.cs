using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Bilans;

/// <summary>When bilan reminders go (section <c>Bilans</c>).</summary>
public sealed class BilansOptions : IValidatableObject
{
    public const string SectionName = "Bilans";

    private static readonly TimeSpan[] DefaultOffsets = [TimeSpan.FromDays(14), TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>How long before the deadline day's <see cref="SendAt"/> each reminder goes (default J-14, J-7, J-1).</summary>
    /// <remarks>Null by default: the configuration binder appends to a list that has items, it never replaces them.</remarks>
    public IList<TimeSpan>? ReminderOffsets { get; set; }

    private static readonly TimeSpan[] DefaultOverdueOffsets = [TimeSpan.FromDays(3), TimeSpan.FromDays(10)];

    /// <summary>How long after the deadline day's <see cref="SendAt"/> those who still owe a chantier are reminded again (default J+3, J+10).</summary>
    public IList<TimeSpan>? OverdueReminderOffsets { get; set; }

    /// <summary>Time of day, in Paris, reminders and escalations go (default 09:00).</summary>
    public TimeSpan SendAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How long after the deadline day's <see cref="SendAt"/> admins get the list of what is missing (default 1 day).</summary>
    public TimeSpan EscalationDelay { get; set; } = TimeSpan.FromDays(1);

    public IReadOnlyList<TimeSpan> EffectiveReminderOffsets => ReminderOffsets is { Count: > 0 } offsets ? [.. offsets] : DefaultOffsets;

    public IReadOnlyList<TimeSpan> EffectiveOverdueReminderOffsets =>
        OverdueReminderOffsets is { Count: > 0 } offsets ? [.. offsets] : DefaultOverdueOffsets;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveReminderOffsets.Any(o => o <= TimeSpan.Zero || o > TimeSpan.FromDays(365)))
        {
            yield return new ValidationResult("Bilans:ReminderOffsets must be between 1 minute and 365 days.", [nameof(ReminderOffsets)]);
        }
        if (EffectiveOverdueReminderOffsets.Any(o => o < TimeSpan.FromDays(1) || o > TimeSpan.FromDays(365)))
        {
            yield return new ValidationResult("Bilans:OverdueReminderOffsets must be between 1 and 365 days, so they fall after the deadline day.", [nameof(OverdueReminderOffsets)]);
        }
        if (SendAt < TimeSpan.Zero || SendAt >= TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Bilans:SendAt must be a time of day, e.g. 09:00:00.", [nameof(SendAt)]);
        }
        if (EscalationDelay < TimeSpan.FromDays(1) || EscalationDelay > TimeSpan.FromDays(60))
        {
            yield return new ValidationResult("Bilans:EscalationDelay must be between 1 and 60 days, so it falls after the deadline day.", [nameof(EscalationDelay)]);
        }
    }
}
