using ConventionBot.Conversation;
using ConventionBot.Scheduling;

namespace ConventionBot.Meetings;

/// <summary>At a meeting's end, sends its organiser's conversation the card to record the follow-up, unless it is already recorded, cancelled or moved.</summary>
internal sealed class FollowUpRenderer(MeetingStore store, ILogger<FollowUpRenderer> logger) : INotificationRenderer
{
    public string Kind => NotificationKinds.FollowUp;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var payload = MeetingPayload.Read(notification.Payload);
        var meeting = await store.FindAsync(payload.MeetingId, cancellationToken).ConfigureAwait(false);
        if (!payload.StillAbout(meeting) || meeting!.Status != MeetingStatus.Planned)
        {
            MeetingsLog.Obsolete(logger, Kind, payload.MeetingId);
            return [];
        }
        var answers = await store.AnswersAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var language = meeting.Organizer.Language;
        var card = FollowUpCard.Form(meeting, FollowUpForm.From(meeting, answers), answers, language, intro: NoticeTexts.FollowUpIntro(language));
        return [new NotificationDelivery(meeting.Organizer.ConversationId, BotReply.WithCard(card))];
    }
}
