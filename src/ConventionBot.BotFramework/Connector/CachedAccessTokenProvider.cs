using Azure.Core;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// Caches a token until five minutes before it expires; concurrent callers wait for one shared refresh.
/// </summary>
internal sealed class CachedAccessTokenProvider(
    Func<CancellationToken, Task<AccessToken>> acquire,
    TimeProvider timeProvider,
    ILogger<CachedAccessTokenProvider> logger) : IAccessTokenProvider, IDisposable
{
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        if (FreshToken() is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (FreshToken() is { } refreshed)
            {
                return refreshed;
            }

            var acquired = await acquire(cancellationToken).ConfigureAwait(false);
            _current = new CachedToken(acquired.Token, acquired.ExpiresOn - RefreshMargin);
            ConnectorLog.TokenAcquired(logger, acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? FreshToken() =>
        _current is { } current && timeProvider.GetUtcNow() < current.RefreshAt ? current.Token : null;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}
