using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

public sealed class TenantValidationTests : AuthenticationTestBase
{
    private const string OtherTenantId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string V2Issuer = $"https://login.microsoftonline.com/{AuthenticationHarness.TenantId}/v2.0";

    [Theory]
    [InlineData(V2Issuer, "2.0", AuthenticationConstants.AuthorizedParty)]
    [InlineData($"https://sts.windows.net/{AuthenticationHarness.TenantId}/", "1.0", AuthenticationConstants.AppIdClaim)]
    public async Task AuthenticateAsync_TenantToken_ReturnsIdentity(string issuer, string version, string appIdClaim)
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(TenantToken() with
        {
            Issuer = issuer,
            Claims = Claims(AuthenticationHarness.TenantId, (AuthenticationConstants.VersionClaim, version), (appIdClaim, AuthenticationHarness.AppId)),
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public async Task AuthenticateAsync_TokenFromAnotherTenant_Refused()
    {
        // Arrange
        var otherTenantKey = new TestSigningKey("other-tenant-key", KeyMaterial.Other);
        Harness.Server.PublishTenantKey(OtherTenantId, otherTenantKey);
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(TenantToken() with
        {
            Credentials = otherTenantKey.Credentials,
            Issuer = $"https://login.microsoftonline.com/{OtherTenantId}/v2.0",
            Claims = Claims(OtherTenantId),
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.InvalidIssuer, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TidNotMatchingIssuer_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(TenantToken() with { Claims = Claims(OtherTenantId) });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.TenantMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedWithBotFrameworkKey_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(TenantToken() with { Credentials = Harness.BotKey.Credentials });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.UnknownSigningKey, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMismatch_Refused()
    {
        // Arrange
        var authenticator = Harness.CreateAuthenticator();
        var token = Harness.Sign(TenantToken() with
        {
            Claims = Claims(AuthenticationHarness.TenantId, (AuthenticationConstants.ServiceUrlClaim, "https://evil.example/")),
        });

        // Act
        var result = await authenticator.AuthenticateTokenAsync(token);

        // Assert
        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, result.Failure);
    }

    private TokenSpec TenantToken() => new(Harness.TenantKey)
    {
        Issuer = V2Issuer,
        Claims = Claims(AuthenticationHarness.TenantId),
    };

    private static Dictionary<string, object> Claims(string tenantId, params (string Type, string Value)[] extra)
    {
        var claims = new Dictionary<string, object>
        {
            [AuthenticationConstants.TenantIdClaim] = tenantId,
            [AuthenticationConstants.VersionClaim] = "2.0",
            [AuthenticationConstants.AuthorizedParty] = AuthenticationHarness.AppId,
        };
        foreach (var (type, value) in extra)
            claims[type] = value;
        return claims;
    }
}
