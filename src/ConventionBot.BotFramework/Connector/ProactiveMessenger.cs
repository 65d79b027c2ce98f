using System.Net;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Sends activities to a stored <see cref="ConversationReference"/> at any later time.</summary>
public sealed class ProactiveMessenger(IConnectorClient connector, ILogger<ProactiveMessenger> logger)
{
    /// <summary>
    /// Addresses <paramref name="activity"/> to the reference and sends it. A 403/404 becomes
    /// <see cref="ProactiveSendResult.ConversationGone"/>; every other failure is thrown.
    /// </summary>
    public async Task<ProactiveSendResult> ContinueConversationAsync(
        ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The reference needs a serviceUrl and a conversation id.", nameof(reference));
        }

        activity.ApplyConversationReference(reference);
        try
        {
            var response = await connector.SendToConversationAsync(reference.ServiceUrl, reference.Conversation.Id, activity, cancellationToken)
                .ConfigureAwait(false);
            return ProactiveSendResult.Sent(response.Id);
        }
        catch (ErrorResponseException exception) when (exception.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            ConnectorLog.ConversationGone(logger, (int)exception.StatusCode, exception.ErrorCode);
            return ProactiveSendResult.Gone(exception.StatusCode, exception.ErrorCode);
        }
    }
}
