using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>A real RSA key, published as a JWK with optional Bot Framework endorsements.</summary>
internal sealed class TestSigningKey(string keyId, KeyMaterial material, params string[]? endorsements)
{
    private readonly RSA _rsa = KeyMaterials.Get(material);

    public string KeyId { get; } = keyId;

    public SigningCredentials Credentials =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is { Length: > 0 })
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(channel => JsonValue.Create(channel))]);
        return jwk;
    }
}
