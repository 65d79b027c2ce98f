using System.Diagnostics;
using System.Net;
using ConventionBot.BotFramework.Diagnostics;
using static ConventionBot.BotFramework.Diagnostics.BotFrameworkTelemetry;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// One Connector call as telemetry: its span (<c>ConnectorClient.{Operation}</c>, rate-limit waits and retries included)
/// and its last request in <c>bot.connector.sends</c>. The span names the host, never the path: it holds the conversation.
/// </summary>
internal sealed class ConnectorCall : IDisposable
{
    private readonly ConnectorInstrumentation _instrumentation;
    private readonly string _operation;
    private readonly Activity? _span;

    public ConnectorCall(ConnectorInstrumentation instrumentation, ConnectorRequest request)
    {
        (_instrumentation, _operation) = (instrumentation, request.Operation);
        _span = Source.StartActivity("ConnectorClient." + request.Operation, ActivityKind.Client);
        _span?.SetTag(OperationTag, request.Operation);
        _span?.SetTag("http.request.method", request.Method.Method);
    }

    /// <summary>Requests made so far (the first, then each retry).</summary>
    public int Attempts { get; private set; }

    /// <summary>True once the last request was answered and counted.</summary>
    public bool Answered { get; private set; }

    public void Target(Uri uri)
    {
        _span?.SetTag("server.address", uri.Host);
        _span?.SetTag("server.port", uri.Port);
    }

    public void Attempt() => Attempts++;

    public void Answer(HttpStatusCode status)
    {
        Answered = true;
        var outcome = _instrumentation.CountLast(_operation, status);
        _span?.SetTag("http.response.status_code", (int)status);
        End(outcome, outcome is Sent or Gone ? null : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>No answer: network failure or timeout after the retries, refused serviceUrl, or cancelled by the caller.</summary>
    public void Fail(Exception exception, bool canceled)
    {
        if (!canceled)
        {
            _instrumentation.CountLast(_operation, null);
        }
        End(canceled ? TurnCanceled : Failed, exception.GetType().FullName);
    }

    public void Dispose() => _span?.Dispose();

    private void End(string outcome, string? errorType)
    {
        if (_span is null)
        {
            return;
        }
        _span.SetTag(SendOutcomeTag, outcome);
        _span.SetTag(AttemptsTag, Attempts);
        if (errorType is not null)
        {
            _span.SetTag("error.type", errorType);
            _span.SetStatus(ActivityStatusCode.Error);
        }
    }
}
