using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Meetings;

/// <summary>How long before a meeting its reminders go out (section <c>Reminders</c>).</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <summary>J-14, J-7 and J-1, as the product brief asks.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultOffsets = [TimeSpan.FromDays(14), TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>
    /// e.g. <c>Reminders:Offsets:0=7.00:00:00</c>, or <c>00:02:00</c> to try it out. Empty means
    /// <see cref="DefaultOffsets"/>: configuration binding appends to a list, so defaults cannot sit in it.
    /// </summary>
    public IList<TimeSpan> Offsets { get; } = [];

    public IReadOnlyList<TimeSpan> EffectiveOffsets => Offsets.Count == 0 ? DefaultOffsets : [.. Offsets];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Offsets.Any(offset => offset <= TimeSpan.Zero || offset > TimeSpan.FromDays(366)))
        {
            yield return new ValidationResult("Reminders:Offsets must be positive durations of at most 366 days, e.g. 7.00:00:00 or 00:02:00.", [nameof(Offsets)]);
        }
        if (Offsets.Distinct().Count() != Offsets.Count)
        {
            yield return new ValidationResult("Reminders:Offsets must be distinct.", [nameof(Offsets)]);
        }
    }
}
