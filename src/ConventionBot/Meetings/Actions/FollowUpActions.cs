using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// A past meeting's follow-up: the form for admins and the organiser (saved with the ETag it was built
/// with), the read-only compte-rendu for everyone else.
/// </summary>
internal sealed class FollowUpActions(MeetingService meetings, ConventionCatalog catalog, TimeProvider time) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [MeetingVerbs.FollowUp, MeetingVerbs.SaveFollowUp];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var viewer = Viewer.Of(request.Caller, request.Turn);
        var language = viewer.Language;
        var meeting = await meetings.FindAsync(CardData.Text(request.Data, MeetingCardData.MeetingId) ?? "", cancellationToken).ConfigureAwait(false);
        if (meeting is null || meeting.IsCancelled)
        {
            return BotReply.WithText(meeting is null ? MeetingTexts.Missing(language) : MeetingTexts.NoLongerPlanned(language));
        }
        var convention = catalog.ConventionOf(meeting);
        if (!viewer.Manages(meeting))
        {
            return request.Verb == MeetingVerbs.FollowUp
                ? BotReply.WithCard(FollowUpCard.View(meeting, convention, language, canEdit: false))
                : BotReply.WithText(NoticeTexts.FollowUpNotAllowed(language));
        }
        if (meeting.Start > time.GetUtcNow())
        {
            return BotReply.WithText(NoticeTexts.NotStarted(language));
        }
        var answers = await meetings.AnswersAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        return request.Verb == MeetingVerbs.FollowUp
            ? BotReply.WithCard(FollowUpCard.Form(meeting, FollowUpForm.From(meeting, answers), answers, language))
            : await SaveAsync(request, (meeting, answers), convention, viewer, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> SaveAsync(
        CardActionRequest request, (Meeting Current, IReadOnlyList<Rsvp> Answers) read, ConventionDefinition convention, Viewer viewer, CancellationToken cancellationToken)
    {
        var ((current, answers), language) = (read, viewer.Language);
        var seenETag = CardData.Text(request.Data, MeetingCardData.ETag) ?? "";
        var count = CardData.Integer(request.Data, FollowUpCard.CountKey) ?? current.Actions.Count;
        var form = FollowUpForm.Read(request.Data, count);
        var validated = FollowUpValidator.Validate(form, current, answers, language);
        if (!validated.IsValid)
        {
            return BotReply.WithCard(FollowUpCard.Form(current with { ETag = seenETag }, form, answers, language, validated.Errors));
        }
        var save = await meetings.RecordFollowUpAsync(current, seenETag, validated.Value!, request.Caller, cancellationToken).ConfigureAwait(false);
        return save switch
        {
            { Status: SaveStatus.Saved, Meeting: { } saved } => BotReply.WithCard(
                FollowUpCard.View(saved, convention, language, canEdit: true, NoticeTexts.FollowUpSaved(language), canEditMeeting: viewer.IsAdmin)),
            { Status: SaveStatus.Stale, Meeting: { } latest } => BotReply.WithCard(FollowUpCard.Form(latest, form, answers, language, stale: true)),
            _ => BotReply.WithText(MeetingTexts.Missing(language)),
        };
    }
}
