using System.Diagnostics.Metrics;
using System.Text.Json;
using ConventionBot.BotFramework.Authentication;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Diagnostics;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Turns an HTTP request to <c>/api/messages</c> into a turn (Microsoft.Bot.Builder.Integration.AspNet.Core
/// <c>CloudAdapter</c>): 400 for what is not an activity, 401 for any authentication failure, 413 for
/// oversized bodies; invokes get the turn's answer, other activities 200 within <see cref="BotAdapterOptions.ResponseWait"/>.
/// Each turn is a span and a count in <c>bot.turns</c> (<see cref="BotFrameworkTelemetry"/>).
/// </summary>
public sealed class CloudAdapter(
    IBotAuthenticator authenticator,
    IConnectorClient connector,
    TurnTaskTracker turns,
    IEnumerable<ITurnErrorHandler> errorHandlers,
    IOptions<BotAdapterOptions> options,
    TimeProvider timeProvider,
    IMeterFactory meterFactory,
    ILogger<CloudAdapter> logger)
{
    private readonly BotAdapterOptions _options = options.Value;
    private readonly ITurnErrorHandler[] _errorHandlers = errorHandlers.ToArray();
    private readonly TurnInstrumentation _instrumentation = new(meterFactory);

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);
        if (HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status200OK; // The Agents Playground probes the endpoint this way.
            return;
        }

        var (activity, status) = await ActivityReader.ReadAsync(request, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            BuilderLog.RequestRefused(logger, status);
            response.StatusCode = status;
            return;
        }

        var auth = await AuthenticateAsync(request, activity, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var context = new TurnContext(activity, auth.Identity, connector);
        if (activity.Type == ActivityTypes.Invoke)
        {
            await RunTurnAsync(bot, context, cancellationToken).ConfigureAwait(false);
            await WriteInvokeResponseAsync(response, context.InvokeResponse, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The turn runs under the app's lifetime: a slow connector must not hold the channel's request.
        var turn = turns.Track(stopping => RunTurnAsync(bot, context, stopping));
        // WaitAsync drops its timer as soon as the turn ends (a bare Task.Delay would live on for the whole wait);
        // a timeout or a turn failure (already logged by RunTurnAsync) still answers 200.
        await turn.WaitAsync(_options.ResponseWait, timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task<AuthenticationResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var result = await authenticator.AuthenticateAsync(
                request.Headers.Authorization.FirstOrDefault(), activity.ChannelId, activity.ServiceUrl, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                BuilderLog.Unauthorized(logger, result.Failure?.ToString() ?? "unknown");
            }
            return result;
        }
        catch (HttpRequestException exception)
        {
            // Signing keys could not be fetched: nothing can be verified, so nothing is accepted.
            BuilderLog.SigningKeysUnavailable(logger, exception);
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidToken);
        }
    }

    private async Task RunTurnAsync(IBot bot, TurnContext context, CancellationToken cancellationToken)
    {
        using var span = TurnInstrumentation.Start();
        var outcome = BotFrameworkTelemetry.TurnCanceled;
        Exception? failure = null;
        try
        {
            await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
            outcome = context.Telemetry.Outcome ?? BotFrameworkTelemetry.TurnOk;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (outcome, failure) = (BotFrameworkTelemetry.TurnError, exception);
            BuilderLog.TurnFailed(logger, context.Activity.Type, exception);
            await NotifyErrorHandlersAsync(context, exception, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // After the error handlers: their reply belongs to this turn's span.
            _instrumentation.Stop(span, context, outcome, failure);
        }
    }

    private async Task NotifyErrorHandlersAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        foreach (var handler in _errorHandlers)
        {
            try
            {
                await handler.OnTurnErrorAsync(context, exception, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception handlerException) when (handlerException is not OperationCanceledException)
            {
                // The user could not even be told; the log is all that is left.
                BuilderLog.ErrorHandlerFailed(logger, handlerException);
            }
        }
    }

    private static Task WriteInvokeResponseAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status500InternalServerError;
        return invokeResponse?.Body is { } body
            ? response.WriteAsJsonAsync(body, body.GetType(), BotJson.Options, "application/json; charset=utf-8", cancellationToken)
            : Task.CompletedTask;
    }
}
