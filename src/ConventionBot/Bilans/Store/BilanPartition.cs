namespace ConventionBot.Bilans;

/// <summary>
/// What one read of a year's partition returns: the year's bilan and, when recorded, the year's contribution row
/// (the funding feature's, which maps it).
/// </summary>
public sealed record BilanPartition(BilanYear Year, BilanRowEntity? Contribution);
