using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Meetings;

/// <summary>When the bot checks that a convention year is on track for its art. 4 meetings (section <c>Governance</c>).</summary>
public sealed class GovernanceOptions : IValidatableObject
{
    public const string SectionName = "Governance";

    /// <summary>No COTECH held or planned by 30 June, fewer than two by 30 September, no COPIL by 31 October.</summary>
    public static readonly IReadOnlyList<GovernanceCheckpoint> DefaultCheckpoints =
    [
        new() { Instance = "COTECH", Month = 6, Day = 30, Minimum = 1 },
        new() { Instance = "COTECH", Month = 9, Day = 30, Minimum = 2 },
        new() { Instance = "COPIL", Month = 10, Day = 31, Minimum = 1 },
    ];

    /// <summary>Empty means <see cref="DefaultCheckpoints"/> (configuration binding appends to a list).</summary>
    public IList<GovernanceCheckpoint> Checkpoints { get; } = [];

    public IReadOnlyList<GovernanceCheckpoint> EffectiveCheckpoints => Checkpoints.Count == 0 ? DefaultCheckpoints : [.. Checkpoints];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Checkpoints.Any(checkpoint => !checkpoint.IsValid))
        {
            yield return new ValidationResult(
                "Each Governance:Checkpoints entry needs an Instance (e.g. COTECH), a real Month/Day (not 29 February) and a Minimum of at least 1.",
                [nameof(Checkpoints)]);
        }
    }
}
