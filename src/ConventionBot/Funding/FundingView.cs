using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>What the contribution card shows: the stored year, the values in the admin's inputs, and what happened.</summary>
internal sealed record FundingView(
    ConventionDefinition Convention,
    ContributionTerms Terms,
    FundingYear Year,
    FundingOptions Options,
    IReadOnlyDictionary<string, string> Values,
    DateOnly Today,
    bool IsAdmin,
    Language Language)
{
    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? Notice { get; init; }

    public bool Conflict { get; init; }

    /// <summary>The dossier's files and their links, shown under each item.</summary>
    public DossierView Dossier { get; init; } = DossierView.Empty;
}
