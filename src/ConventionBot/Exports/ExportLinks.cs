using System.Globalization;
using System.Security.Cryptography;
using ConventionBot.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ConventionBot.Exports;

/// <summary>
/// Signed, expiring links to exported documents: the only way anything is served without Teams sign-in. The token
/// is the Data Protection payload of the path and the expiry (AES-256-CBC + HMAC-SHA256 with the app's key ring), so
/// a changed path, expiry or token, or a token for another path, is refused.
/// </summary>
public sealed class ExportLinks(
    IDataProtectionProvider protection, IOptions<ExportsOptions> options, IOptions<PublicUrlOptions> publicUrl, TimeProvider time) : ISignedLinks
{
    public const string TokenParameter = ISignedLinks.TokenParameter;

    private readonly IDataProtector _protector = protection.CreateProtector("ConventionBot.Exports.SignedLink.v1");

    /// <param name="path">The app-relative path, starting with '/', e.g. <c>/exports/amp-arhlm-2022-2024/bilan-2023.html</c>.</param>
    public ExportLink Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var token = _protector.Protect(expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "|" + path);
        var baseUrl = publicUrl.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        return new ExportLink(new Uri($"{baseUrl}{path}?{TokenParameter}={token}"), expires);
    }

    SignedLink ISignedLinks.Create(string path)
    {
        var link = Create(path);
        return new SignedLink(link.Url, link.ExpiresAt);
    }

    public Uri Absolute(string pathAndQuery) => new(publicUrl.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + pathAndQuery);

    /// <summary>True only for an intact token made for exactly <paramref name="path"/> and not yet expired.</summary>
    public bool Allows(string path, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false; // Tampered, truncated, or signed with keys this app never had.
        }
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        return bar > 0
            && long.TryParse(payload[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && string.Equals(payload[(bar + 1)..], path, StringComparison.Ordinal)
            && time.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
