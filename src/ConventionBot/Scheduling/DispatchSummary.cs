namespace ConventionBot.Scheduling;

/// <summary>
/// What one dispatch did: notifications found due and free, those this instance claimed and passed over, and when to
/// look again at the latest (the next due instant, or the end of a lease another instance holds).
/// </summary>
internal sealed record DispatchSummary(int Due, int Dispatched, DateTimeOffset? NextDueAt);
