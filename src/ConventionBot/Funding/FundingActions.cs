using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>The contribution card's buttons: refresh, and save (admins) over the version the card showed.</summary>
internal sealed class FundingActions(ConventionCatalog catalog, FundingService funding, FundingScreens screens) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [FundingCard.ShowVerb, FundingCard.SaveVerb];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        if (!YearCardData.TryRead(catalog, request.Data, out var convention, out var year) || convention.Contribution is null)
        {
            return BotReply.WithText(YearTexts.CardOutdated(caller.Language));
        }
        if (request.Verb == FundingCard.ShowVerb)
        {
            return await screens.ShowAsync(convention, year, caller, v => v, cancellationToken).ConfigureAwait(false);
        }
        if (!caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var view = await screens.LoadAsync(convention, year, caller, cancellationToken).ConfigureAwait(false);
        var typed = CardData.Collect(request.Data, FundingForm.InputIds);
        if (typed[FundingForm.Reason].Length > 2 * FundingForm.ReasonMaxLength)
        {
            // Answered as a message: the card stays as it is, with everything typed still in it.
            return BotReply.WithText(CardTexts.FarTooLong(caller.Language, FundingTexts.ReasonLabel(caller.Language), typed[FundingForm.Reason].Length, FundingForm.ReasonMaxLength));
        }
        var errors = new List<string>();
        var record = FundingForm.Read(typed, view.Year.Record, convention.Contribution, view.Today, caller.Language, errors);
        if (errors.Count > 0)
        {
            return BotReply.WithCard(FundingCard.Build(view with { Values = typed, Errors = errors }));
        }
        var saved = await funding.SaveAsync(convention, view.Year.Record, record, YearCardData.ETagOf(request.Data), caller, cancellationToken).ConfigureAwait(false);
        return saved is null
            ? await screens.ShowAsync(convention, year, caller, v => v with { Values = typed, Conflict = true }, cancellationToken).ConfigureAwait(false)
            : await screens.ShowAsync(convention, year, caller, v => v with { Notice = FundingTexts.Saved(caller.Language) }, cancellationToken).ConfigureAwait(false);
    }
}
