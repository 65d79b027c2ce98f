using System.Net;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Connector;
using ConventionBot.Conversation;
using Polly.Timeout;

namespace ConventionBot.Scheduling;

/// <summary>
/// Sends one delivery to its stored conversation (carried by the delivery: nothing is read here) and says what came of
/// it. Only the Connector's failures are caught, sorted into "try again later" (throttled, unavailable, network) and
/// "never" (refused request, card too large).
/// </summary>
internal sealed class DeliverySender(ConversationReferenceStore references, ProactiveMessenger messenger)
{
    /// <param name="cards">The pass's cards, serialized once for all its deliveries.</param>
    public async Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, SerializedCards cards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(cards);
        if (delivery.Conversation is not { } stored)
        {
            return DeliveryOutcome.Skipped("no-reference");
        }
        if (!stored.IsActive)
        {
            return DeliveryOutcome.Skipped("inactive");
        }

        try
        {
            var activity = cards.ActivityFor(delivery.Message);
            var result = await messenger.ContinueConversationAsync(stored.Reference, activity, cancellationToken).ConfigureAwait(false);
            if (result.Delivered)
            {
                return DeliveryOutcome.Sent(result.ActivityId);
            }
            await references.MarkInactiveAsync(delivery.ConversationId, cancellationToken).ConfigureAwait(false);
            return DeliveryOutcome.Gone((int?)result.StatusCode, result.ErrorCode);
        }
        catch (ErrorResponseException exception)
        {
            var status = (int)exception.StatusCode;
            return IsTransient(exception.StatusCode)
                ? DeliveryOutcome.TryAgain(exception.ErrorCode ?? "http-" + status, status)
                : DeliveryOutcome.Failed(exception.ErrorCode ?? "http-" + status, status);
        }
        catch (HttpRequestException)
        {
            return DeliveryOutcome.TryAgain("network", null);
        }
        catch (TimeoutRejectedException)
        {
            return DeliveryOutcome.TryAgain("timeout", null);
        }
        catch (CardTooLargeException)
        {
            return DeliveryOutcome.Failed("card-too-large", null);
        }
        catch (ServiceUrlNotAllowedException)
        {
            return DeliveryOutcome.Failed("service-url-not-allowed", null);
        }
    }

    // 401: credentials being rotated or fixed; 408/412/429/5xx: Teams asks to come back later.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests
        || (int)status >= 500;
}
