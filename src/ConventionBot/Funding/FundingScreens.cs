using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>Loads what the contribution card shows, for the command and the buttons.</summary>
internal sealed class FundingScreens(FundingService funding, DossierViews dossier, IOptionsMonitor<FundingOptions> options, ConventionCatalog catalog)
{
    public async Task<FundingView> LoadAsync(ConventionDefinition convention, int year, Caller caller, CancellationToken cancellationToken)
    {
        var loaded = await funding.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false);
        var files = await dossier.LoadAsync(convention, year, caller, cancellationToken).ConfigureAwait(false);
        return new FundingView(
            convention, convention.Contribution!, loaded, options.CurrentValue, FundingForm.ValuesOf(loaded.Record), catalog.Today, caller.IsAdmin, caller.Language)
        {
            Dossier = files,
        };
    }

    public async Task<BotReply> ShowAsync(
        ConventionDefinition convention, int year, Caller caller, Func<FundingView, FundingView> adjust, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        return BotReply.WithCard(FundingCard.Build(adjust(await LoadAsync(convention, year, caller, cancellationToken).ConfigureAwait(false))));
    }
}
