using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Azure.Core;

namespace ConventionBot.Exports;

/// <summary>
/// Wraps and unwraps a key with an RSA key kept in Azure Key Vault (REST <c>wrapkey</c>/<c>unwrapkey</c>, RSA-OAEP-256),
/// with a token for the app's managed identity: the private key never leaves the vault. Data Protection calls its key
/// encryptor synchronously, at key creation (about every 90 days) and when it first reads the ring, so these calls block.
/// </summary>
public sealed class KeyVaultKeyWrapper(HttpClient http, TokenCredential credential)
{
    public const string Algorithm = "RSA-OAEP-256";
    private const string ApiVersion = "7.4";
    private static readonly string[] Scopes = ["https://vault.azure.net/.default"];

    /// <summary>The key wrapped by <paramref name="keyId"/> (versionless: the key's current version), and the versioned id that wrapped it.</summary>
    public (string KeyId, byte[] Wrapped) Wrap(Uri keyId, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        var result = Send(new Uri(keyId.AbsoluteUri.TrimEnd('/') + "/wrapkey?api-version=" + ApiVersion), key);
        return (result.Kid ?? keyId.AbsoluteUri, Base64Url.DecodeFromChars(result.Value));
    }

    public byte[] Unwrap(string keyId, byte[] wrapped)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        return Base64Url.DecodeFromChars(Send(new Uri(keyId.TrimEnd('/') + "/unwrapkey?api-version=" + ApiVersion), wrapped).Value);
    }

    private KeyOperationResult Send(Uri operation, byte[] value)
    {
        var token = credential.GetToken(new TokenRequestContext(Scopes), CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, operation)
        {
            Content = JsonContent.Create(new KeyOperation(Algorithm, Base64Url.EncodeToString(value))),
        };
        request.Headers.Authorization = new("Bearer", token.Token);
        using var response = http.Send(request);
        response.EnsureSuccessStatusCode();
        using var body = response.Content.ReadAsStream();
        return System.Text.Json.JsonSerializer.Deserialize<KeyOperationResult>(body)
            ?? throw new InvalidOperationException("Key Vault answered a key operation with no body.");
    }

    private sealed record KeyOperation([property: JsonPropertyName("alg")] string Alg, [property: JsonPropertyName("value")] string Value);

    private sealed record KeyOperationResult([property: JsonPropertyName("kid")] string? Kid, [property: JsonPropertyName("value")] string Value);
}
