namespace ConventionBot.Conventions;

/// <summary>A document of the payment dossier.</summary>
/// <param name="Id">Stable slug used to track it, e.g. <c>rib</c>.</param>
/// <param name="Label">French label as written in the convention.</param>
public sealed record ContributionDocument(string Id, string Label);
