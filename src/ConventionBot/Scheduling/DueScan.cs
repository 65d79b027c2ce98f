namespace ConventionBot.Scheduling;

/// <summary>
/// The due notifications free to claim, and when the first one held by another instance is free at the latest;
/// <see cref="Held"/> counts the due ones held.
/// </summary>
internal sealed record DueScan(IReadOnlyList<DueNotificationEntity> Free, DateTimeOffset? FirstLeaseEnd, int Held);
