namespace ConventionBot.Funding;

/// <summary>What the Métropole decided about a year's contribution (art. 3: it may suspend or reduce it).</summary>
public enum FundingDecision
{
    Full,
    Reduced,
    Suspended,
}
