using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// One <see cref="OpenIdMetadataSource"/> per metadata URL, shared by all requests.
/// IdentityModel's ConfigurationManager is not used: since 8.x it refreshes in the background
/// unless a process-wide AppContext switch is set, so "refresh on unknown kid, then retry"
/// would still see the old keys.
/// </summary>
internal sealed class OpenIdMetadataCache(
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger<OpenIdMetadataCache> logger) : IDisposable
{
    public const string HttpClientName = "ConventionBot.BotFramework.OpenIdMetadata";

    private readonly ConcurrentDictionary<Uri, OpenIdMetadataSource> _sources = new();

    public void Dispose()
    {
        foreach (var source in _sources.Values)
            source.Dispose();
    }

    /// <summary>
    /// The key named <paramref name="keyId"/> at <paramref name="metadataUrl"/>, refreshing the
    /// keys once when it is unknown; <c>null</c> when it is still unknown after that.
    /// </summary>
    public async Task<PublishedKey?> FindKeyAsync(Uri metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId))
            return null;

        var source = _sources.GetOrAdd(
            metadataUrl,
            url => new OpenIdMetadataSource(url, httpClientFactory, timeProvider, logger));

        var keys = await source.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        if (keys.Find(keyId) is { } key)
            return key;

        AuthenticationLog.UnknownSigningKey(logger, metadataUrl);
        keys = await source.GetAsync(refresh: true, cancellationToken).ConfigureAwait(false);
        return keys.Find(keyId);
    }
}
