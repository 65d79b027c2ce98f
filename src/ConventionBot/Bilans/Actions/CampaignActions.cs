using ConventionBot.Bilans.Contract;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Campaign buttons: show it, open it with a deadline, change the deadline (admins).</summary>
internal sealed class CampaignActions(ConventionCatalog catalog, BilanWorkflow bilans, BilanScreens screens) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [BilanVerbs.Campaign, BilanVerbs.Open, BilanVerbs.Deadline];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        if (!YearCardData.TryRead(catalog, request.Data, out var convention, out var year))
        {
            return BotReply.WithText(YearTexts.CardOutdated(caller.Language));
        }
        if (request.Verb == BilanVerbs.Campaign)
        {
            return await screens.ShowCampaignAsync(convention, year, caller, v => v, cancellationToken).ConfigureAwait(false);
        }
        if (!caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var typed = CardData.Text(request.Data, BilanCampaignForm.Deadline);
        var errors = new List<string>();
        if (BilanCampaignForm.ReadDeadline(typed, catalog.Today, caller.Language, errors) is not { } deadline)
        {
            return await screens.ShowCampaignAsync(convention, year, caller, v => v with { DeadlineTyped = typed, Errors = errors }, cancellationToken)
                .ConfigureAwait(false);
        }
        return request.Verb == BilanVerbs.Open
            ? await OpenAsync(convention, year, deadline, caller, cancellationToken).ConfigureAwait(false)
            : await ChangeAsync(convention, year, deadline, YearCardData.ETagOf(request.Data), typed, caller, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> OpenAsync(ConventionDefinition convention, int year, DateOnly deadline, Caller caller, CancellationToken cancellationToken)
    {
        var opened = await bilans.OpenAsync(convention, year, deadline, caller, cancellationToken).ConfigureAwait(false);
        var notice = opened is null ? BilanTexts.AlreadyOpened(caller.Language) : BilanTexts.Opened(caller.Language, convention.Levels.Item);
        return await screens.ShowCampaignAsync(convention, year, caller, v => v with { Notice = notice }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> ChangeAsync(
        ConventionDefinition convention, int year, DateOnly deadline, string? etag, string? typed, Caller caller, CancellationToken cancellationToken)
    {
        var campaign = (await bilans.LoadAsync(convention, year, cancellationToken).ConfigureAwait(false)).Campaign;
        var changed = campaign is null || etag is null
            ? null
            : await bilans.ChangeDeadlineAsync(campaign with { ETag = etag }, deadline, caller, cancellationToken).ConfigureAwait(false);
        return changed is null
            ? await screens.ShowCampaignAsync(convention, year, caller, v => v with { DeadlineTyped = typed, Errors = [BilanTexts.CampaignChanged(caller.Language)] }, cancellationToken)
                .ConfigureAwait(false)
            : await screens.ShowCampaignAsync(convention, year, caller, v => v with { Notice = BilanTexts.DeadlineChanged(caller.Language) }, cancellationToken)
                .ConfigureAwait(false);
    }
}
