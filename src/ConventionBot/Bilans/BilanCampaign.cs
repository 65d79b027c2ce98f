namespace ConventionBot.Bilans;

/// <summary>A year's bilan campaign, opened by an admin with a deadline (last day included).</summary>
public sealed record BilanCampaign(
    string ConventionId,
    int Year,
    DateOnly Deadline,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string ETag);
