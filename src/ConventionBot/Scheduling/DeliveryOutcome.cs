namespace ConventionBot.Scheduling;

/// <summary>What one send attempt came to: a final <see cref="DeliveryState"/>, or <see cref="Retry"/> for a later pass.</summary>
internal sealed record DeliveryOutcome(string State, string? Reason, int? Status, string? ActivityId, bool Retry)
{
    public static DeliveryOutcome Sent(string? activityId) => new(DeliveryState.Sent, null, null, activityId, false);

    public static DeliveryOutcome Skipped(string reason) => new(DeliveryState.Skipped, reason, null, null, false);

    public static DeliveryOutcome Gone(int? status, string? errorCode) => new(DeliveryState.Gone, errorCode, status, null, false);

    public static DeliveryOutcome Failed(string reason, int? status) => new(DeliveryState.Failed, reason, status, null, false);

    public static DeliveryOutcome TryAgain(string reason, int? status) => new(DeliveryState.Pending, reason, status, null, true);
}
