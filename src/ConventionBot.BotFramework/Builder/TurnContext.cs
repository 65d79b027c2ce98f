using System.Security.Claims;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>A turn whose answers go through the Connector to the incoming activity's serviceUrl.</summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector) : ITurnContext
{
    private readonly ConversationReference _reference = activity.GetConversationReference();

    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public bool Responded { get; private set; }
    public TurnTelemetry Telemetry { get; } = new();
    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(_reference);
        var (serviceUrl, conversationId) = Address();
        // Like the SDK: answer in the thread of the incoming message when there is one.
        var response = Activity.Id is { Length: > 0 } incomingId && Activity.Type != ActivityTypes.ConversationUpdate
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, incomingId, activity, cancellationToken).ConfigureAwait(false)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, nameof(activity));
        activity.ApplyConversationReference(_reference);
        var (serviceUrl, conversationId) = Address();
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (serviceUrl, conversationId) = Address();
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private (string ServiceUrl, string ConversationId) Address() =>
        (_reference.ServiceUrl ?? throw new InvalidOperationException("The incoming activity has no serviceUrl."),
         _reference.Conversation?.Id ?? throw new InvalidOperationException("The incoming activity has no conversation id."));
}
