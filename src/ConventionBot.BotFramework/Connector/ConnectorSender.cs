using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Polly;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// Runs one <see cref="ConnectorRequest"/>: host policy first (before any token or byte leaves), then per attempt
/// the rate limits (conversation and app), the token and the HTTP call under the retry and timeout pipelines.
/// </summary>
internal sealed class ConnectorSender(
    IHttpClientFactory httpClientFactory,
    IAccessTokenProvider tokenProvider,
    ServiceUrlPolicy serviceUrlPolicy,
    ConversationRateLimiter rateLimiter,
    ConnectorResilience resilience,
    ConnectorInstrumentation instrumentation,
    ILogger<ConnectorSender> logger)
{
    public const string ClientName = "ConventionBot.BotFramework.Connector";

    /// <summary>Sends the request and returns the deserialized body (null when empty); throws <see cref="ErrorResponseException"/> on an error status.</summary>
    public async Task<T?> SendAsync<T>(ConnectorRequest request, CancellationToken cancellationToken)
        where T : class
    {
        using var call = instrumentation.Start(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorResilience.OperationKey, request.Operation);
        try
        {
            var uri = ConnectorUri.Combine(serviceUrlPolicy.Validate(request.ServiceUrl), request.RelativePath);
            call.Target(uri);
            var started = Stopwatch.GetTimestamp();
            using var response = await resilience.Retry.ExecuteAsync(
                static (ctx, state) => state.Sender.SendAttemptAsync(state.Request, state.Uri, state.Call, ctx.CancellationToken),
                context,
                (Sender: this, Request: request, Uri: uri, Call: call)).ConfigureAwait(false);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ConnectorLog.CallCompleted(logger, request.Operation, (int)response.StatusCode, elapsedMs);
            call.Answer(response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                throw await ConnectorErrorReader.ReadAsync(request.Operation, response, cancellationToken).ConfigureAwait(false);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return body.Length == 0 ? null : JsonSerializer.Deserialize<T>(body, BotJson.Options);
        }
        catch (Exception exception) when (!call.Answered)
        {
            // Recorded on the call's span and count, then left to the caller as it was.
            call.Fail(exception, exception is OperationCanceledException && cancellationToken.IsCancellationRequested);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(ConnectorRequest request, Uri uri, ConnectorCall call, CancellationToken cancellationToken)
    {
        await rateLimiter.WaitAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        call.Attempt();
        var token = await tokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        return await resilience.AttemptTimeout.ExecuteAsync(
            static (state, ct) => state.Sender.SendOnceAsync(state.Request, state.Uri, state.Token, ct),
            (Sender: this, Request: request, Uri: uri, Token: token),
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(ConnectorRequest request, Uri uri, string? token, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, uri);
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (request.ConversationId is not null)
        {
            message.Headers.TryAddWithoutValidation("x-ms-conversation-id", request.ConversationId);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        }

        var client = httpClientFactory.CreateClient(ClientName);
        return await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
