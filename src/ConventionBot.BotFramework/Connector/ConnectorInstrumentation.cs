using System.Diagnostics.Metrics;
using System.Net;
using ConventionBot.BotFramework.Diagnostics;
using static ConventionBot.BotFramework.Diagnostics.BotFrameworkTelemetry;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// <c>bot.connector.sends</c>: every request to the Connector counts once, by operation and by what came of it. A request
/// that is tried again counts as <c>throttled</c> (429) or <c>retried</c>; the last one of a call as <c>sent</c>, <c>gone</c>
/// (403/404), <c>throttled</c> or <c>failed</c>. The call's span is a <see cref="ConnectorCall"/>.
/// </summary>
internal sealed class ConnectorInstrumentation(IMeterFactory meterFactory)
{
    private readonly Counter<long> _sends = meterFactory.Create(Name).CreateCounter<long>(
        "bot.connector.sends", "{request}", "Requests to the Bot Connector, by operation and outcome: sent, throttled, retried, gone, failed.");

    public ConnectorCall Start(ConnectorRequest request) => new(this, request);

    /// <summary>An attempt that failed and will be tried again.</summary>
    public void CountRetry(string operation, HttpStatusCode? status) =>
        Count(operation, status == HttpStatusCode.TooManyRequests ? Throttled : Retried, status);

    /// <summary>The last attempt of a call, answered with <paramref name="status"/> (null: no answer).</summary>
    public string CountLast(string operation, HttpStatusCode? status)
    {
        var outcome = status switch
        {
            { } code when (int)code is >= 200 and < 300 => Sent,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Gone,
            HttpStatusCode.TooManyRequests => Throttled,
            _ => Failed,
        };
        Count(operation, outcome, status);
        return outcome;
    }

    private void Count(string operation, string outcome, HttpStatusCode? status)
    {
        var tags = new System.Diagnostics.TagList { { OperationTag, operation }, { SendOutcomeTag, outcome } };
        if (status is { } code)
        {
            tags.Add("http.response.status_code", (int)code);
        }
        _sends.Add(1, tags);
    }
}
