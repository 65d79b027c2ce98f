using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class AuthorizationHeaderTests : AuthenticationTestBase
{
    [Fact]
    public async Task AuthenticateAsync_NoHeaderWithAppId_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();

        // Act
        var result = await authenticator.AuthenticateAsync(null, AuthenticationHarness.ChannelId, AuthenticationHarness.ServiceUrl, CancellationToken.None);

        // Assert
        Assert.Equal(AuthenticationFailure.MissingAuthorizationHeader, result.Failure);
        Assert.Null(result.Identity);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer")]
    [InlineData("{0}")]
    public async Task AuthenticateAsync_NotExactlyBearerToken_Refused(string headerFormat)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var header = headerFormat.Replace("{0}", Harness.Sign(new TokenSpec(Harness.BotKey)), StringComparison.Ordinal);

        // Act
        var result = await authenticator.AuthenticateAsync(header, AuthenticationHarness.ChannelId, AuthenticationHarness.ServiceUrl, CancellationToken.None);

        // Assert
        Assert.Equal(AuthenticationFailure.MalformedAuthorizationHeader, result.Failure);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("abc.def.ghi")]
    public async Task AuthenticateAsync_UnreadableToken_Refused(string token)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.MalformedToken, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppIdAndNoHeader_AcceptedAsAnonymous()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator(appId: null);

        // Act
        var result = await authenticator.AuthenticateAsync(null, AuthenticationHarness.ChannelId, AuthenticationHarness.ServiceUrl, CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Equal(AuthenticationConstants.AnonymousAuthType, result.Identity.AuthenticationType);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppIdWithHeader_StillValidatedAndRefused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator(appId: null);
        var token = Harness.Sign(new TokenSpec(Harness.BotKey));

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidAudience, result.Failure);
        Assert.False(result.IsAnonymous);
        Assert.Equal(1, Harness.Server.BotKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_SkillToken_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.TenantKey)
        {
            Issuer = $"https://sts.windows.net/{AuthenticationHarness.TenantId}/",
            Claims = new Dictionary<string, object>
            {
                [AuthenticationConstants.VersionClaim] = "1.0",
                [AuthenticationConstants.AppIdClaim] = "5c7e9f1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
                [AuthenticationConstants.TenantIdClaim] = AuthenticationHarness.TenantId,
            },
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.SkillTokenRejected, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorToken_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(new TokenSpec(Harness.TenantKey)
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Claims = new Dictionary<string, object>
            {
                [AuthenticationConstants.VersionClaim] = "1.0",
                [AuthenticationConstants.AppIdClaim] = AuthenticationHarness.AppId,
            },
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.EmulatorTokenRejected, result.Failure);
    }
}
