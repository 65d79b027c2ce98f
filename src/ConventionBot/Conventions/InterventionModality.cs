namespace ConventionBot.Conventions;

/// <summary>A way the beneficiary may be asked to intervene (art. 2), e.g. "Animation du réseau".</summary>
public sealed record InterventionModality(int Number, string ShortLabel, string Text);
