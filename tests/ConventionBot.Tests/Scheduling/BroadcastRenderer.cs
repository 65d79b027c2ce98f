using System.Text.Json;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions;

namespace ConventionBot.Tests.Scheduling;

/// <summary>A renderer as features write them: targets from the payload, or every active subscriber; nothing when the list is empty.</summary>
public sealed class BroadcastRenderer(ISubscriptionStore subscriptions) : INotificationRenderer
{
    public const string KindName = "test.broadcast";

    public string Kind => KindName;

    public static ScheduledNotification Notification(string key, DateTimeOffset dueAt, string text, params string[] to) =>
        new(KindName, key, dueAt, JsonSerializer.Serialize(new BroadcastPayload(text, to, Subscribers: false)));

    public static ScheduledNotification ToSubscribers(string key, DateTimeOffset dueAt, string text) =>
        new(KindName, key, dueAt, JsonSerializer.Serialize(new BroadcastPayload(text, [], Subscribers: true)));

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<BroadcastPayload>(notification.Payload)!;
        var targets = payload.Subscribers
            ? (await subscriptions.ListActiveAsync(cancellationToken)).Select(s => s.ConversationId).ToList()
            : payload.To;
        return [.. targets.Select(id => new NotificationDelivery(id, BotReply.WithText($"{payload.Text} [{notification.Key}]")))];
    }

    private sealed record BroadcastPayload(string Text, IReadOnlyList<string> To, bool Subscribers);
}
