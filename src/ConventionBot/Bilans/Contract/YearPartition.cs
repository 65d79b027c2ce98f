using Azure;

namespace ConventionBot.Bilans.Contract;

/// <summary>
/// Where a convention year lives in the bilans' table: one partition holding the year's campaign, chantiers and
/// history, and the year's contribution row (the funding feature's, kept there so the query that reads the year's
/// bilans returns it too).
/// </summary>
public static class YearPartition
{
    public const string TableName = BilanStore.TableName;

    /// <summary>The contribution row's key; it sorts between the chantiers and the history, and bilan readers skip it.</summary>
    public const string ContributionRowKey = BilanKeys.Contribution;

    public static string Key(string conventionId, int year) => BilanKeys.Partition(conventionId, year);
}

/// <summary>What one read of a year's partition returns: the year's bilan and, when recorded, its contribution row.</summary>
public sealed record BilanPartition(BilanYear Year, ContributionRow? Contribution);

/// <summary>The contribution row's stored fields, as written by the funding feature, which maps them.</summary>
public sealed record ContributionRow(
    ETag ETag, string? CallSentOn, string? Documents, string? Decision, string? ReducedAmount, string? Reason,
    string? PaidOn, string? UpdatedBy, DateTimeOffset? UpdatedAt);
