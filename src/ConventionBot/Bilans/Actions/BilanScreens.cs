using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Loads what the campaign and chantier cards show, for commands and buttons alike.</summary>
internal sealed class BilanScreens(BilanWorkflow bilans, TimeProvider time)
{
    public async Task<CampaignView> CampaignAsync(ConventionDefinition convention, int year, Caller caller, CancellationToken cancellationToken) =>
        Campaign(convention, await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false), caller);

    /// <returns>The chantier's view, or null when the year's campaign is not open.</returns>
    public async Task<ChantierFormView?> ChantierAsync(
        ConventionDefinition convention, int year, Chantier chantier, Caller caller, CancellationToken cancellationToken) =>
        await ChantierAsync(convention, await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false), chantier, caller, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The chantier card, adjusted by <paramref name="adjust"/>; the campaign card when the campaign is not open.</summary>
    public async Task<BotReply> ShowChantierAsync(
        ConventionDefinition convention, int year, Chantier chantier, Caller caller, Func<ChantierFormView, ChantierFormView> adjust, CancellationToken cancellationToken) =>
        await ShowChantierAsync(convention, await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false), chantier, caller, adjust, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The same, from a year already read (or just written): only the chantier's history is read.</summary>
    public async Task<BotReply> ShowChantierAsync(
        ConventionDefinition convention, BilanYear loaded, Chantier chantier, Caller caller, Func<ChantierFormView, ChantierFormView> adjust, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        return await ChantierAsync(convention, loaded, chantier, caller, cancellationToken).ConfigureAwait(false) is { } view
            ? BotReply.WithCard(ChantierFormCard.Build(adjust(view)))
            : BotReply.WithCard(CampaignCard.Build(Campaign(convention, loaded, caller)));
    }

    private async Task<ChantierFormView?> ChantierAsync(
        ConventionDefinition convention, BilanYear loaded, Chantier chantier, Caller caller, CancellationToken cancellationToken)
    {
        if (loaded.Campaign is null)
        {
            return null;
        }
        var bilan = loaded.Chantier(chantier.Number);
        var history = await bilans.HistoryAsync(convention, loaded.Year, chantier.Number, cancellationToken).ConfigureAwait(false);
        return new ChantierFormView(convention, loaded.Year, chantier, bilan, BilanForm.ValuesOf(bilan.Content, chantier), history, caller.IsAdmin, caller.Language)
        {
            DelayLines = [.. DelayView.StateLines(convention, loaded, chantier.Number, caller.Language)],
            CanAskDelay = !bilan.IsHandedIn && loaded.DelayOf(chantier.Number)?.Status != BilanDelayStatus.Pending,
        };
    }

    private CampaignView Campaign(ConventionDefinition convention, BilanYear loaded, Caller caller) =>
        new(convention, loaded, ParisTime.Today(time), caller.IsAdmin, caller.Language);

    public async Task<BotReply> ShowCampaignAsync(
        ConventionDefinition convention, int year, Caller caller, Func<CampaignView, CampaignView> adjust, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        return BotReply.WithCard(CampaignCard.Build(adjust(await CampaignAsync(convention, year, caller, cancellationToken).ConfigureAwait(false))));
    }
}
