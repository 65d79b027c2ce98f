using System.Text.Json.Serialization;

namespace ConventionBot.Bilans.Contract;

/// <summary>
/// A chantier's last request for more time to hand in its bilan of a year (row <c>delay|03</c> of the year's partition),
/// with the extension granted so far, which a new request keeps until it is decided.
/// </summary>
/// <param name="AskedFrom">The conversation the request was made from: where its answer goes.</param>
/// <param name="Granted">The chantier's own deadline, once an extension was granted; null when none was.</param>
/// <param name="DecidedBy">Who granted or refused the last request, with <paramref name="Comment"/>.</param>
public sealed record BilanDelay(
    int Chantier,
    BilanDelayStatus Status,
    DateOnly Wished,
    string Reason,
    string AskedBy,
    DateTimeOffset AskedAt,
    string AskedFrom,
    DateOnly? Granted = null,
    string? GrantedBy = null,
    DateTimeOffset? GrantedAt = null,
    string? DecidedBy = null,
    string? Comment = null)
{
    /// <summary>The storage version to send back with the decision.</summary>
    [JsonIgnore]
    public string? ETag { get; init; }
}

public enum BilanDelayStatus
{
    Pending,
    Granted,
    Refused,
}
