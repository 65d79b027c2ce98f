using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Signing keys of one OpenID metadata URL: downloaded once, kept for a day, refreshed on
/// demand at most every five minutes so that tokens with made-up <c>kid</c>s cannot hammer
/// the identity provider.
/// </summary>
internal sealed class OpenIdMetadataSource(
    Uri metadataUrl,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    // BB kept keys 5 days; a day bounds how long a revoked key stays trusted.
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private volatile State _state = new(null, DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    public async Task<SigningKeySet> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        var state = _state;
        if (!NeedsFetch(state, refresh))
            return state.Keys!;

        await _fetchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have fetched while this one waited.
            state = _state;
            if (NeedsFetch(state, refresh))
                state = await FetchAsync(state, cancellationToken).ConfigureAwait(false);
            return state.Keys!;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    public void Dispose() => _fetchLock.Dispose();

    private bool NeedsFetch(State state, bool refresh)
    {
        var now = timeProvider.GetUtcNow();
        return state.Keys is null
            || (now - state.AttemptedAt >= MinimumRefreshInterval
                && (refresh || now - state.FetchedAt >= AutomaticRefreshInterval));
    }

    private async Task<State> FetchAsync(State previous, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        try
        {
            using var client = httpClientFactory.CreateClient(OpenIdMetadataCache.HttpClientName);
            var metadata = await client.GetStringAsync(RequireTrusted(metadataUrl), cancellationToken).ConfigureAwait(false);
            var jwks = await client.GetStringAsync(RequireTrusted(ReadJwksUri(metadata)), cancellationToken).ConfigureAwait(false);
            var keys = SigningKeySet.Parse(jwks);
            AuthenticationLog.SigningKeysFetched(logger, metadataUrl, keys.Count);
            return _state = new State(keys, now, now);
        }
        catch (Exception exception) when (previous.Keys is not null && IsTransient(exception, cancellationToken))
        {
            // Stale keys beat refusing every request while the provider is unreachable.
            AuthenticationLog.SigningKeysRefreshFailed(logger, metadataUrl, exception);
            return _state = previous with { AttemptedAt = now };
        }
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private Uri ReadJwksUri(string metadata)
    {
        using var document = JsonDocument.Parse(metadata);
        if (document.RootElement.TryGetProperty("jwks_uri", out var jwksUri)
            && Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var uri))
        {
            return uri;
        }

        throw new InvalidOperationException($"OpenID metadata at {metadataUrl} has no absolute jwks_uri.");
    }

    // Keys fetched over plain HTTP could be swapped in transit; loopback is allowed for tests.
    private static Uri RequireTrusted(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
            ? uri
            : throw new InvalidOperationException($"Signing key address {uri} must use https.");

    private sealed record State(SigningKeySet? Keys, DateTimeOffset FetchedAt, DateTimeOffset AttemptedAt);
}
