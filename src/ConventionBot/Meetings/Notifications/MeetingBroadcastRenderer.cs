using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Meetings;

/// <summary>
/// Renders reminders (<c>meeting.reminder</c>) and change notices (<c>meeting.notice</c>) for every subscribed
/// conversation, from the meeting as it is at send time: nothing when it was changed since (another version),
/// cancelled, or has already started.
/// </summary>
internal sealed class MeetingBroadcastRenderer(
    string kind, MeetingStore store, IReminderAudience audience, ConventionCatalog catalog, InvitationLinks invitations,
    ILogger<MeetingBroadcastRenderer> logger) : INotificationRenderer
{
    public string Kind => kind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var payload = MeetingPayload.Read(notification.Payload);
        var meeting = await store.FindAsync(payload.MeetingId, cancellationToken).ConfigureAwait(false);
        if (!payload.StillAbout(meeting) || meeting!.Start <= now || (meeting.IsCancelled && payload.Headline != MeetingHeadline.Cancelled))
        {
            MeetingsLog.Obsolete(logger, kind, payload.MeetingId);
            return [];
        }
        var previous = MeetingQueries.Previous(meeting, await store.ListBeforeAsync(meeting.Start, cancellationToken).ConfigureAwait(false));
        var convention = catalog.ConventionOf(meeting);
        var targets = await audience.EveryoneAsync(convention.Id, cancellationToken).ConfigureAwait(false);
        var invitation = invitations.For(meeting);
        // One card per language, written in each subscriber's.
        return [.. targets.GroupBy(s => s.Language).SelectMany(group =>
        {
            var reply = BotReply.WithCard(MeetingCard.Build(meeting, convention, payload.Headline, previous, now, null, group.Key, invitation));
            return group.Select(s => new NotificationDelivery(s.ConversationId, reply));
        })];
    }
}
