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

    /// <summary>Time of day, in Paris, reminders and escalations go (default 09:00).</summary>
    public TimeSpan SendAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How long after the deadline day's <see cref="SendAt"/> admins get the list of what is missing (default 1 day).</summary>
    public TimeSpan EscalationDelay { get; set; } = TimeSpan.FromDays(1);

    public IReadOnlyList<TimeSpan> EffectiveReminderOffsets => ReminderOffsets is { Count: > 0 } offsets ? [.. offsets] : DefaultOffsets;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveReminderOffsets.Any(o => o <= TimeSpan.Zero || o > TimeSpan.FromDays(365)))
        {
            yield return new ValidationResult("Bilans:ReminderOffsets must be between 1 minute and 365 days.", [nameof(ReminderOffsets)]);
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
