using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// The keys of one JWKS document with their Bot Framework <c>endorsements</c>,
/// which IdentityModel's <see cref="JsonWebKeySet"/> does not keep.
/// </summary>
internal sealed class SigningKeySet
{
    private readonly Dictionary<string, PublishedKey> _keys;

    private SigningKeySet(Dictionary<string, PublishedKey> keys) => _keys = keys;

    public int Count => _keys.Count;

    public static SigningKeySet Parse(string jwksJson)
    {
        var endorsements = ReadEndorsements(jwksJson);
        var keys = new Dictionary<string, PublishedKey>(StringComparer.Ordinal);
        foreach (var key in JsonWebKeySet.Create(jwksJson).GetSigningKeys())
        {
            if (!string.IsNullOrEmpty(key.KeyId))
                keys.TryAdd(key.KeyId, new PublishedKey(key, endorsements.GetValueOrDefault(key.KeyId, [])));
        }

        return new SigningKeySet(keys);
    }

    public PublishedKey? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    private static Dictionary<string, string[]> ReadEndorsements(string jwksJson)
    {
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            return endorsements;

        foreach (var key in keys.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = [.. list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)];
            }
        }

        return endorsements;
    }
}
