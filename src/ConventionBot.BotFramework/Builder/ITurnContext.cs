using System.Security.Claims;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>One incoming activity and the means to answer it (Microsoft.Bot.Builder <c>ITurnContext</c>).</summary>
public interface ITurnContext
{
    /// <summary>The incoming activity, already authenticated.</summary>
    Activity Activity { get; }

    /// <summary>Who sent it: the validated token's claims, or an anonymous identity in local development.</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>True once something was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>What the bot reports about this turn for its span and metric: command, card verb, outcome.</summary>
    TurnTelemetry Telemetry { get; }

    /// <summary>The synchronous answer to an <c>invoke</c>; ignored for other activity types.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends <paramref name="activity"/> to the conversation of the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message the bot sent earlier; <paramref name="activity"/> carries its id.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
