using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConventionBot.Conversation;
using ConventionBot.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>
/// Signed, expiring, single-item upload links, made for the person the card was shown to. Like the export links, the
/// token is a Data Protection payload (AES-256-CBC + HMAC-SHA256 with the app's key ring): it names the item's path,
/// the expiry and the uploader, so a changed path, expiry, uploader or token is refused. Single use is kept by
/// <see cref="DossierUsedLinks"/>.
/// </summary>
public sealed class DossierUploadLinks(
    IDataProtectionProvider protection, IOptionsMonitor<DossierOptions> options, ISignedLinks links, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("ConventionBot.Funding.DossierUpload.v1");

    public SignedLink Create(string path, Caller caller)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(caller);
        var expires = time.GetUtcNow() + options.CurrentValue.UploadLinkLifetime;
        // The nonce makes every link distinct, so using one never spends another made in the same second.
        var payload = new Payload(path, expires.ToUnixTimeSeconds(), caller.Name, caller.AadObjectId, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)));
        var token = _protector.Protect(JsonSerializer.Serialize(payload));
        return new SignedLink(links.Absolute($"{path}?{ISignedLinks.TokenParameter}={token}"), expires);
    }

    /// <summary>Who the link was made for, or why it is refused (tampered, made for another item, expired).</summary>
    public UploadGrant Read(string path, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return UploadGrant.Invalid;
        }
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or JsonException)
        {
            return UploadGrant.Invalid; // Tampered, truncated, or signed with keys this app never had.
        }
        if (payload is null || !string.Equals(payload.Path, path, StringComparison.Ordinal))
        {
            return UploadGrant.Invalid;
        }
        return time.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(payload.Expires)
            ? new UploadGrant(UploadLinkState.Valid, payload.Name, payload.AadObjectId)
            : UploadGrant.Expired;
    }

    // Short names: the token is in every upload link of the card, whose size Teams caps.
    private sealed record Payload(
        [property: JsonPropertyName("p")] string Path,
        [property: JsonPropertyName("e")] long Expires,
        [property: JsonPropertyName("n")] string? Name,
        [property: JsonPropertyName("o")] string? AadObjectId,
        [property: JsonPropertyName("x")] string Nonce);
}

public enum UploadLinkState
{
    Invalid,
    Expired,
    Valid,
}

/// <summary>What an upload link allows: the uploader it was made for when <see cref="State"/> is valid.</summary>
public sealed record UploadGrant(UploadLinkState State, string? By, string? ByAadObjectId)
{
    public static UploadGrant Invalid { get; } = new(UploadLinkState.Invalid, null, null);

    public static UploadGrant Expired { get; } = new(UploadLinkState.Expired, null, null);
}
