using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST operations (Microsoft.Bot.Connector <c>Conversations</c>). Calls are checked against the
/// host policy, rate limited per conversation and retried on throttling/transient errors.
/// </summary>
/// <remarks>
/// An error status surfaces as <see cref="ErrorResponseException"/> (after retries for 412/429/502/503/504);
/// a refused serviceUrl as <see cref="ServiceUrlNotAllowedException"/>; once retries are exhausted, network failures as
/// <see cref="HttpRequestException"/> and attempt timeouts as <c>Polly.Timeout.TimeoutRejectedException</c>.
/// </remarks>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c> (threaded reply).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>; the body gets <paramref name="activityId"/> as its id.</summary>
    Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations</c>; see <see cref="ConversationParameters.ForTeamsPersonalChat"/> for a Teams 1:1 chat.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);
}
