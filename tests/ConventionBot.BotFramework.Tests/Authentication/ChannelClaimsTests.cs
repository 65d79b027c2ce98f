using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class ChannelClaimsTests : AuthenticationTestBase
{
    [Fact]
    public async Task AuthenticateAsync_ChannelNotEndorsed_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token, channelId: "directline");

        // Assert
        Assert.Equal(AuthenticationFailure.ChannelNotEndorsed, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Refused()
    {
        // Arrange
        var bareKey = new TestSigningKey("bot-key-bare", KeyMaterial.Other);
        Harness.Server.PublishBotKey(bareKey);
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(bareKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.ChannelNotEndorsed, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EmptyChannelId_SkipsEndorsementCheck()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token, channelId: "");

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyByCase_Accepted()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(
            token, serviceUrl: AuthenticationHarness.ServiceUrl.ToUpperInvariant());

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/7e1c2d3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f/")]
    [InlineData("https://smba.trafficmanager.net/emea/7e1c2d3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f")]
    [InlineData(null)]
    public async Task AuthenticateAsync_ServiceUrlMismatch_Refused(string? serviceUrl)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token, serviceUrl: serviceUrl);

        // Assert
        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingServiceUrlClaim_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey) { Claims = new Dictionary<string, object>() });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.MissingServiceUrl, result.Failure);
    }
}
