using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Overloads that read the address from the activity itself, as Microsoft.Bot.Connector's do.</summary>
public static class ConnectorClientExtensions
{
    /// <summary>Sends to <c>activity.Conversation.Id</c> at <c>activity.ServiceUrl</c>.</summary>
    public static Task<ResourceResponse> SendToConversationAsync(
        this IConnectorClient client, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activity);
        return client.SendToConversationAsync(
            Required(activity.ServiceUrl, "serviceUrl"), Required(activity.Conversation?.Id, "conversation.id"), activity, cancellationToken);
    }

    /// <summary>Replies to <c>activity.ReplyToId</c>, e.g. an activity made by <see cref="Activity.CreateReply"/>.</summary>
    public static Task<ResourceResponse> ReplyToActivityAsync(
        this IConnectorClient client, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activity);
        return client.ReplyToActivityAsync(
            Required(activity.ServiceUrl, "serviceUrl"),
            Required(activity.Conversation?.Id, "conversation.id"),
            Required(activity.ReplyToId, "replyToId"),
            activity,
            cancellationToken);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {field}.", nameof(value)) : value;
}
