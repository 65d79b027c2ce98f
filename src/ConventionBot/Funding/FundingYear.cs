using ConventionBot.Bilans;

namespace ConventionBot.Funding;

/// <summary>A year's contribution and the year's bilan, whose full validation ticks the dossier's bilan.</summary>
public sealed record FundingYear(FundingRecord Record, BilanYear Bilan);
