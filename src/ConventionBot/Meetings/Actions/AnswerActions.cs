using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// "Je participe" / "je ne participe pas" (anyone), who answered (admins and the organiser), and the way back
/// to the list. An answer brings back the card it was given on, now showing it.
/// </summary>
internal sealed class AnswerActions(
    MeetingService meetings, MeetingLists lists, ConventionCatalog catalog, InvitationLinks invitations, TimeProvider time, ILogger<AnswerActions> logger) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [MeetingVerbs.Rsvp, MeetingVerbs.Participants, MeetingVerbs.List];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var viewer = Viewer.Of(request.Caller, request.Turn);
        if (request.Verb == MeetingVerbs.List)
        {
            return BotReply.WithCard(await lists.BuildAsync(viewer, cancellationToken).ConfigureAwait(false));
        }
        var meeting = await meetings.FindAsync(CardData.Text(request.Data, MeetingCardData.MeetingId) ?? "", cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return BotReply.WithText(MeetingTexts.Missing(viewer.Language));
        }
        if (request.Verb == MeetingVerbs.Participants)
        {
            return viewer.Manages(meeting)
                ? BotReply.WithCard(ParticipantsCard.Build(meeting, await meetings.AnswersAsync(meeting.Id, cancellationToken).ConfigureAwait(false), viewer.Language))
                : BotReply.WithText(MeetingTexts.AdminOnly(viewer.Language));
        }
        return await AnswerAsync(request, meeting, viewer, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> AnswerAsync(CardActionRequest request, Meeting meeting, Viewer viewer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (meeting.Status != MeetingStatus.Planned || meeting.Start <= now)
        {
            return BotReply.WithText(MeetingTexts.AnswersClosed(viewer.Language));
        }
        var answer = new Rsvp(viewer.UserId ?? request.Caller.ConversationId, viewer.Name, CardData.Text(request.Data, MeetingCardParts.AnswerKey) == "yes", now);
        await meetings.AnswerAsync(meeting.Id, answer, cancellationToken).ConfigureAwait(false);
        MeetingsLog.Answered(logger, meeting.Id);
        var view = CardData.Text(request.Data, MeetingCardParts.ViewKey);
        if (view == MeetingListCard.View)
        {
            return BotReply.WithCard(await lists.BuildAsync(viewer, cancellationToken).ConfigureAwait(false));
        }
        var headline = Enum.TryParse<MeetingHeadline>(view, out var parsed) ? parsed : MeetingHeadline.Reminder;
        var previous = await meetings.PreviousAsync(meeting, cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(MeetingCard.Build(meeting, catalog.ConventionOf(meeting), headline, previous, now, answer, viewer.Language, invitations.For(meeting)));
    }
}
