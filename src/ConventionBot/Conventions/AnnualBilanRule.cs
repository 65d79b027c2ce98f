namespace ConventionBot.Conventions;

/// <summary>Who writes the yearly bilan, who reviews it and which meeting it prepares, if any (art. 5 of the 2022-2024 convention).</summary>
/// <param name="AuthorPartyId">The <see cref="ConventionParty.Id"/> that writes it.</param>
/// <param name="BeforeInstanceCode">The <see cref="GovernanceInstance.Code"/> it must be ready for.</param>
/// <param name="Text">The clause as written in the convention.</param>
/// <param name="ReviewerPartyId">The party that reviews and validates it (the Métropole); null when the definition names none.</param>
/// <param name="Article">The article of the text that sets it ("5"), quoted by headings; null when the text has none.</param>
public sealed record AnnualBilanRule(string AuthorPartyId, string? BeforeInstanceCode, string Text, string? ReviewerPartyId = null, string? Article = null);
