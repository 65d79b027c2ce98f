using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// The two pipelines built once for all Connector calls: an outer retry (Teams throttling rules, protocol §4)
/// and an inner per-attempt timeout. The rate limiter runs between them so its wait is not timed out.
/// </summary>
internal sealed class ConnectorResilience
{
    internal static readonly ResiliencePropertyKey<string> OperationKey = new("ConventionBot.Connector.Operation");

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxRetryAfter;
    private readonly ILogger _logger;
    private readonly ConnectorInstrumentation _instrumentation;

    public ConnectorResilience(
        IOptions<ConnectorOptions> options, TimeProvider timeProvider, ConnectorInstrumentation instrumentation, ILogger<ConnectorResilience> logger)
    {
        var settings = options.Value;
        _timeProvider = timeProvider;
        _maxRetryAfter = settings.MaxRetryAfter;
        _instrumentation = instrumentation;
        _logger = logger;
        Retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                Delay = settings.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = OnRetry,
            })
            .Build();
        AttemptTimeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Retry { get; }

    public ResiliencePipeline AttemptTimeout { get; }

    /// <summary>The server-requested wait (Retry-After delta seconds or HTTP-date), or null to use the backoff.</summary>
    internal TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => !(RetryAfter(response) > _maxRetryAfter),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        },
        _ => false,
    };

    private ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var operation = args.Context.Properties.GetValue(OperationKey, "unknown");
        _instrumentation.CountRetry(operation, args.Outcome.Result?.StatusCode);
        ConnectorLog.RetryScheduled(
            _logger,
            operation,
            args.AttemptNumber + 1,
            args.RetryDelay.TotalMilliseconds,
            (int?)args.Outcome.Result?.StatusCode,
            args.Outcome.Exception?.GetType().Name);

        // The failed response is dropped here; free its connection before waiting.
        args.Outcome.Result?.Dispose();
        return ValueTask.CompletedTask;
    }
}
