using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// A governance checkpoint is due: re-checks the rule with today's meetings and, if the year is still behind,
/// alerts the conversations that admins subscribed. Nothing when the year caught up or the checkpoint was
/// removed from configuration.
/// </summary>
internal sealed class CheckpointRenderer(
    MeetingStore store, IReminderAudience audience, ConventionCatalog catalog,
    IOptionsMonitor<GovernanceOptions> options, ILogger<CheckpointRenderer> logger) : INotificationRenderer
{
    public string Kind => NotificationKinds.Checkpoint;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var payload = CheckpointPayload.Read(notification.Payload);
        var convention = catalog.Find(payload.ConventionId);
        var checkpoint = options.CurrentValue.EffectiveCheckpoints.FirstOrDefault(payload.Matches);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (convention is null || checkpoint is null || !GovernanceRules.IsAtRisk(convention, meetings, payload.Year, checkpoint))
        {
            MeetingsLog.Obsolete(logger, Kind, notification.Key);
            return [];
        }
        var alert = new CheckpointAlert(convention.Id, payload.Year, checkpoint, notification.DueAt);
        var targets = await audience.AdminsAsync(convention.Id, cancellationToken).ConfigureAwait(false);
        return [.. targets.GroupBy(s => s.Language).SelectMany(group =>
        {
            var reply = BotReply.WithCard(CheckpointCard.Build(convention, alert, meetings, group.Key));
            return group.Select(s => new NotificationDelivery(s.ConversationId, reply));
        })];
    }
}
