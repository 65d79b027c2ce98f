using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Cancelling a meeting (admins only): a confirmation first, then the cancellation, conditional on the ETag it showed.</summary>
internal sealed class CancelActions(MeetingService meetings, ConventionCatalog catalog, InvitationLinks invitations) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [MeetingVerbs.Cancel, MeetingVerbs.ConfirmCancel];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        if (!request.Caller.IsAdmin)
        {
            return BotReply.WithText(MeetingTexts.AdminOnly(language));
        }
        var id = CardData.Text(request.Data, MeetingCardData.MeetingId) ?? "";
        var current = await meetings.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null || current.Status != MeetingStatus.Planned)
        {
            return BotReply.WithText(current is null ? MeetingTexts.Missing(language) : MeetingTexts.NoLongerPlanned(language));
        }
        if (request.Verb == MeetingVerbs.Cancel)
        {
            return BotReply.WithCard(CancelCard.Build(current, catalog.ConventionOf(current), language));
        }
        var result = await meetings.CancelAsync(current, CardData.Text(request.Data, MeetingCardData.ETag) ?? "", request.Caller, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Status: SaveStatus.Saved, Meeting: { } cancelled } => BotReply.WithCard(
                ConfirmationCard.Build(cancelled, catalog.ConventionOf(cancelled), MeetingTexts.Cancelled(language), [], language, invitations.For(cancelled))),
            { Status: SaveStatus.Stale, Meeting: { Status: MeetingStatus.Planned } latest } => BotReply.WithCard(
                CancelCard.Build(latest, catalog.ConventionOf(latest), language, changedMeanwhile: true)),
            { Status: SaveStatus.Stale } => BotReply.WithText(MeetingTexts.NoLongerPlanned(language)),
            _ => BotReply.WithText(MeetingTexts.Missing(language)),
        };
    }
}
