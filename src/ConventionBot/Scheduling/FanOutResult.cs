namespace ConventionBot.Scheduling;

/// <summary>What one pass over a notification's deliveries did; <see cref="Pending"/> are left for a later pass.</summary>
internal sealed record FanOutResult(int Sent, int Gone, int Skipped, int Failed, int Pending);
