using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions;

namespace ConventionBot.Meetings;

/// <summary>
/// Renders reminders (<c>meeting.reminder</c>) and change notices (<c>meeting.notice</c>) for every subscribed
/// conversation, from the meeting as it is at send time: nothing when it was changed since (another version),
/// cancelled, or has already started.
/// </summary>
internal sealed class MeetingBroadcastRenderer(
    string kind, MeetingStore store, ISubscriptionStore subscriptions, ConventionCatalog catalog, ILogger<MeetingBroadcastRenderer> logger) : INotificationRenderer
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
        var all = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        // Subscriptions do not record a language: notifications speak the convention's language.
        var card = MeetingCard.Build(meeting, catalog.ConventionOf(meeting), payload.Headline, MeetingQueries.Previous(meeting, all), now, null, Language.French);
        var reply = BotReply.WithCard(card);
        var targets = await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        return [.. targets.Select(s => new NotificationDelivery(s.ConversationId, reply))];
    }
}
