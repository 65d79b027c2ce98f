using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>One document of the dossier: received or not, and whether the bot ticks it itself.</summary>
public sealed record FundingDocumentState(ContributionDocument Document, bool Received, bool IsAutomatic);
