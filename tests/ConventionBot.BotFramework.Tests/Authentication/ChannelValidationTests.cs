using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class ChannelValidationTests : AuthenticationTestBase
{
    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_ReturnsIdentity()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.False(result.IsAnonymous);
        Assert.Equal(AuthenticationHarness.ServiceUrl, result.Identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value);
        Assert.Equal(1, Harness.Server.BotKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_SecondRequest_ReusesCachedKeys()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));
        await authenticator.AuthenticateTokenAsync(token);

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal(1, Harness.Server.BotKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Accepted()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));
        Harness.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondClockSkew_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));
        Harness.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondClockSkew_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey) { NotBefore = TimeSpan.FromMinutes(6) });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.NotYetValid, result.Failure);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://evil.example")]
    public async Task AuthenticateAsync_WrongIssuer_RefusedWithoutFetchingKeys(string issuer)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey) { Issuer = issuer });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidIssuer, result.Failure);
        Assert.Equal(0, Harness.Server.BotKeyFetches);
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData(AuthenticationHarness.AppId + "/")]
    [InlineData(AuthenticationConstants.ToBotFromChannelTokenIssuer)]
    public async Task AuthenticateAsync_WrongAudience_Refused(string audience)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.BotKey) { Audience = audience });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidAudience, result.Failure);
    }
}
