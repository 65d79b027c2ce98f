using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Maps each operation to its REST path (protocol §2.2); the sender does the rest.</summary>
internal sealed class ConnectorClient(ConnectorSender sender) : IConnectorClient
{
    public async Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{ConnectorUri.Escape(conversationId, nameof(conversationId))}/activities";
        var request = ConnectorRequest.Create("SendToConversation", HttpMethod.Post, serviceUrl, conversationId, path, activity);
        return await sender.SendAsync<ResourceResponse>(request, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var request = ConnectorRequest.Create(
            "ReplyToActivity", HttpMethod.Post, serviceUrl, conversationId, ActivityPath(conversationId, activityId), activity);
        return await sender.SendAsync<ResourceResponse>(request, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        var request = ConnectorRequest.Create(
            "UpdateActivity", HttpMethod.Put, serviceUrl, conversationId, ActivityPath(conversationId, activityId), activity);
        return await sender.SendAsync<ResourceResponse>(request, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var request = ConnectorRequest.Create<Activity>(
            "DeleteActivity", HttpMethod.Delete, serviceUrl, conversationId, ActivityPath(conversationId, activityId), null);
        await sender.SendAsync<ResourceResponse>(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = ConnectorRequest.Create("CreateConversation", HttpMethod.Post, serviceUrl, null, "v3/conversations", parameters);
        return await sender.SendAsync<ConversationResourceResponse>(request, cancellationToken).ConfigureAwait(false)
            ?? new ConversationResourceResponse();
    }

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{ConnectorUri.Escape(conversationId, nameof(conversationId))}/activities/{ConnectorUri.Escape(activityId, nameof(activityId))}";
}
