using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Loads what the campaign and chantier cards show, for commands and buttons alike.</summary>
internal sealed class BilanScreens(BilanWorkflow bilans, TimeProvider time)
{
    public async Task<CampaignView> CampaignAsync(ConventionDefinition convention, int year, Caller caller, CancellationToken cancellationToken) =>
        new(convention, await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false), ParisTime.Today(time), caller.IsAdmin, caller.Language);

    /// <returns>The chantier's view, or null when the year's campaign is not open.</returns>
    public async Task<ChantierFormView?> ChantierAsync(
        ConventionDefinition convention, int year, Chantier chantier, Caller caller, CancellationToken cancellationToken)
    {
        var loaded = await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false);
        if (loaded.Campaign is null)
        {
            return null;
        }
        var bilan = loaded.Chantier(chantier.Number);
        var history = await bilans.HistoryAsync(convention, year, chantier.Number, cancellationToken).ConfigureAwait(false);
        return new ChantierFormView(convention, year, chantier, bilan, BilanForm.ValuesOf(bilan.Content), history, caller.IsAdmin, caller.Language);
    }

    /// <summary>The chantier card, adjusted by <paramref name="adjust"/>; the campaign card when the campaign is not open.</summary>
    public async Task<BotReply> ShowChantierAsync(
        ConventionDefinition convention, int year, Chantier chantier, Caller caller, Func<ChantierFormView, ChantierFormView> adjust, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        return await ChantierAsync(convention, year, chantier, caller, cancellationToken).ConfigureAwait(false) is { } view
            ? BotReply.WithCard(ChantierFormCard.Build(adjust(view)))
            : BotReply.WithCard(CampaignCard.Build(await CampaignAsync(convention, year, caller, cancellationToken).ConfigureAwait(false)));
    }

    public async Task<BotReply> ShowCampaignAsync(
        ConventionDefinition convention, int year, Caller caller, Func<CampaignView, CampaignView> adjust, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        return BotReply.WithCard(CampaignCard.Build(adjust(await CampaignAsync(convention, year, caller, cancellationToken).ConfigureAwait(false))));
    }
}
