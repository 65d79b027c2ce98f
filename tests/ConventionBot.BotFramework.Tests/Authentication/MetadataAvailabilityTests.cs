using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class MetadataAvailabilityTests : AuthenticationTestBase
{
    [Fact]
    public async Task AuthenticateAsync_KeysUnreachableAndNoneCached_Throws()
    {
        // Arrange
        Harness.Server.BotKeysUnavailable = true;
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var act = () => authenticator.AuthenticateTokenAsync(token);

        // Assert
        await Assert.ThrowsAsync<HttpRequestException>(act);
    }

    [Fact]
    public async Task AuthenticateAsync_RefreshFailsWithKeysCached_KeepsCachedKeys()
    {
        // Arrange
        var unpublished = new TestSigningKey("bot-key-unpublished", KeyMaterial.Other, AuthenticationHarness.ChannelId);
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));
        await authenticator.AuthenticateTokenAsync(token);
        Harness.Server.BotKeysUnavailable = true;
        Harness.Clock.Advance(TimeSpan.FromMinutes(6));

        // Act
        var unknown = await authenticator.AuthenticateTokenAsync(Harness.Sign(new TokenSpec(unpublished)));
        var known = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.UnknownSigningKey, unknown.Failure);
        Assert.True(known.Succeeded, known.Failure?.ToString());
        Assert.Equal(2, Harness.Server.BotKeyFetches);
    }
}
