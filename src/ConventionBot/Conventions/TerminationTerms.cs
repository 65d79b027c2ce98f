namespace ConventionBot.Conventions;

/// <summary>The termination clause (art. 6).</summary>
/// <param name="NoticeMonths">Months between the registered letter of formal notice and termination.</param>
/// <param name="Text">The clause as written in the convention.</param>
public sealed record TerminationTerms(int NoticeMonths, string Text);
