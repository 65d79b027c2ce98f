namespace ConventionBot.Conventions;

/// <summary>The bodies that follow the partnership (art. 4).</summary>
public sealed record Governance(IReadOnlyList<GovernanceInstance> Instances);
