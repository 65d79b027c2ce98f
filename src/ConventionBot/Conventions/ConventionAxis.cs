namespace ConventionBot.Conventions;

/// <summary>An axis of work grouping chantiers (art. 1).</summary>
public sealed record ConventionAxis(int Number, string Title);
