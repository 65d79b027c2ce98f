using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class SigningKeyTests : AuthenticationTestBase
{
    private static readonly TimeSpan PastRefreshThrottle = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AuthenticateAsync_AlgNoneUnsignedToken_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var payload = Harness.Sign(new TokenSpec(Harness.BotKey)).Split('.')[1];
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{Harness.BotKey.KeyId}}"}""");

        // Act
        var result = await authenticator.AuthenticateTokenAsync($"{header}.{payload}.");

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidAlgorithm, result.Failure);
        Assert.Equal(0, Harness.Server.BotKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256KeyedWithPublicKey_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var hmacKey = new SymmetricSecurityKey(Harness.BotKey.PublicKeyBytes) { KeyId = Harness.BotKey.KeyId };
        var token = Harness.Sign(new TokenSpec(Harness.BotKey)
        {
            Credentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256),
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidAlgorithm, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedPayload_Refused()
    {
        // Arrange
        const string attackerUrl = "https://evil.example/";
        var authenticator = Harness.CreateAuthenticator();
        var parts = Harness.Sign(new TokenSpec(Harness.BotKey)).Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload[AuthenticationConstants.ServiceUrlClaim] = attackerUrl;
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";

        // Act
        var result = await authenticator.AuthenticateTokenAsync(tampered, serviceUrl: attackerUrl);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ForgedWithPublishedKid_Refused()
    {
        // Arrange
        var forger = new TestSigningKey(Harness.BotKey.KeyId, KeyMaterial.Other);
        var authenticator = Harness.CreateAuthenticator();

        // Act
        var result = await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(forger)));

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_RefreshesKeysOnceThenRefused()
    {
        // Arrange
        var unpublished = new TestSigningKey("bot-key-unpublished", KeyMaterial.Other, AuthenticationHarness.ChannelId);
        var authenticator = Harness.CreateAuthenticator();
        await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(Harness.BotKey)));
        Harness.Clock.Advance(PastRefreshThrottle);

        // Act
        var first = await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(unpublished)));
        var second = await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(unpublished)));

        // Assert
        Assert.Equal(AuthenticationFailure.UnknownSigningKey, first.Failure);
        Assert.Equal(AuthenticationFailure.UnknownSigningKey, second.Failure);
        Assert.Equal(2, Harness.Server.BotKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedAfterFirstFetch_AcceptedAfterOneRefresh()
    {
        // Arrange
        var rotated = new TestSigningKey("bot-key-2", KeyMaterial.Other, AuthenticationHarness.ChannelId);
        var authenticator = Harness.CreateAuthenticator();
        await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(Harness.BotKey)));
        Harness.Server.PublishBotKey(rotated);
        Harness.Clock.Advance(PastRefreshThrottle);

        // Act
        var result = await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(rotated)));

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2, Harness.Server.BotKeyFetches);
    }
}
