using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// Decides whether a serviceUrl may receive a Connector call (and so the bot's token): HTTPS to an allowed host
/// or one of its subdomains; loopback only when <see cref="ConnectorOptions.AllowLocalhost"/>.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<ConnectorOptions> options, ILogger<ServiceUrlPolicy> logger)
{
    private readonly IReadOnlyList<string> _allowedHosts = options.Value.AllowedHosts ?? ConnectorOptions.DefaultAllowedHosts;
    private readonly bool _allowLocalhost = options.Value.AllowLocalhost;

    /// <summary>Returns the parsed serviceUrl, or throws <see cref="ServiceUrlNotAllowedException"/>.</summary>
    public Uri Validate(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ServiceUrlNotAllowedException("The serviceUrl is not an absolute http(s) URL.");
        }

        var allowed = uri.IsLoopback
            ? _allowLocalhost
            : uri.Scheme == Uri.UriSchemeHttps && _allowedHosts.Any(host => IsHostOrSubdomain(uri.IdnHost, host));
        if (!allowed)
        {
            ConnectorLog.ServiceUrlRejected(logger, uri.Scheme, uri.IdnHost);
            throw new ServiceUrlNotAllowedException(
                $"The serviceUrl {uri.Scheme}://{uri.IdnHost} is not allowed: HTTPS and a host in Connector:AllowedHosts are required (loopback needs Connector:AllowLocalhost).");
        }

        return uri;
    }

    private static bool IsHostOrSubdomain(string host, string allowed) =>
        host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase);
}
