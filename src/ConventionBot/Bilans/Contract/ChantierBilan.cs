namespace ConventionBot.Bilans.Contract;

/// <summary>The current version of one chantier's bilan for a year.</summary>
/// <param name="ETag">The storage version to send back with the next save; null before the first save.</param>
/// <param name="LastBy">Who touched it last (saved, submitted or reviewed).</param>
/// <param name="ReviewComment">
/// The Métropole's comment on its last review (validation or changes requested), kept until the chantier is submitted again.
/// </param>
public sealed record ChantierBilan(
    int Chantier,
    BilanStatus Status,
    BilanContent Content,
    int Version,
    string? ETag,
    string? LastBy,
    DateTimeOffset? LastAt,
    string? ReviewComment,
    IReadOnlyList<Contributor> Contributors)
{
    public static ChantierBilan NotStarted(int chantier) =>
        new(chantier, BilanStatus.NotStarted, BilanContent.Empty, 0, null, null, null, null, []);

    /// <summary>Who made the review <see cref="ReviewComment"/> belongs to (null when unknown).</summary>
    public string? ReviewedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>Submitted or validated: nothing more is expected from the contributors.</summary>
    public bool IsHandedIn => Status is BilanStatus.Submitted or BilanStatus.Validated;
}

/// <summary>Where one chantier's bilan stands in a year's campaign.</summary>
public enum BilanStatus
{
    NotStarted,
    Draft,
    Submitted,
    ChangesRequested,
    Validated,
}

/// <summary>Someone who saved or submitted a chantier, and the conversation they did it from (where they are told of reviews).</summary>
public sealed record Contributor(string? AadObjectId, string Name, string ConversationId);
