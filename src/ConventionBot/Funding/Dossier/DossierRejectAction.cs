using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>The contribution card's "reject this file" (admins): the reason is required and goes to the AR Hlm.</summary>
internal sealed class DossierRejectAction(ConventionCatalog catalog, DossierService dossier, FundingScreens screens) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [DossierCardParts.RejectVerb];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        if (!YearCardData.TryRead(catalog, request.Data, out var convention, out var year) || convention.Contribution is null)
        {
            return BotReply.WithText(YearTexts.CardOutdated(caller.Language));
        }
        if (!caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var (itemId, uploadId) = DossierCardParts.Target(request.Data);
        if (DossierItems.Find(convention.Contribution, itemId) is not { } item || uploadId is null)
        {
            return BotReply.WithText(DossierTexts.RejectFileRequired(caller.Language));
        }
        var reason = (CardData.Text(request.Data, DossierCardParts.RejectReason) ?? "").Trim();
        if (reason.Length == 0 || reason.Length > FundingForm.ReasonMaxLength)
        {
            // Answered as a message: the card stays as it is, with the reason typed still in it.
            return BotReply.WithText(reason.Length == 0
                ? DossierTexts.RejectReasonRequired(caller.Language)
                : CardTexts.TooLong(caller.Language, DossierTexts.RejectReason(caller.Language), reason.Length, FundingForm.ReasonMaxLength));
        }
        var file = await dossier.FindAsync(convention.Id, year, item.Id, uploadId, cancellationToken).ConfigureAwait(false);
        var rejected = file is null ? null
            : await dossier.RejectAsync(convention, item, file, reason, caller, cancellationToken).ConfigureAwait(false);
        var notice = rejected is null ? null : DossierTexts.RejectedNotice(caller.Language, rejected.FileName);
        return await screens.ShowAsync(convention, year, caller, v => rejected is null ? v with { Errors = [DossierTexts.RejectConflict(caller.Language)] } : v with { Notice = notice }, cancellationToken)
            .ConfigureAwait(false);
    }
}
