using ConventionBot.Access;
using Microsoft.Extensions.Options;

namespace ConventionBot.Exports;

/// <summary>Absolute URLs on <c>Bot:PublicBaseUrl</c>.</summary>
internal sealed class PublicAddress(IOptions<PublicUrlOptions> options) : IPublicAddress
{
    public Uri Absolute(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new Uri(options.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + path);
    }
}
