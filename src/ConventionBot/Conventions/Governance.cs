namespace ConventionBot.Conventions;

/// <summary>The bodies that follow the partnership (art. 4 of the 2022-2024 convention), and the article that sets them, if the definition gives it.</summary>
public sealed record Governance(IReadOnlyList<GovernanceInstance> Instances, string? Article = null);
