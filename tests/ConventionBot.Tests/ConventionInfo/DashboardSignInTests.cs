using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.Tests.ConventionInfo;

/// <summary>
/// The tab's data is served only for a valid Teams SSO token: real RS256 tokens against a local OpenID metadata
/// endpoint (a loopback server publishing the key), as Microsoft Entra would issue them for the app's registration.
/// </summary>
public sealed class DashboardSignInTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string OtherTenant = "99999999-86f1-41af-91ab-2d7cd011db47";
    private const string Audience = $"api://localhost/{AppId}";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _strangerKey = RSA.Create(2048);
    private WebApplication _entra = null!;
    private BotAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _entra = builder.Build();
        _entra.MapGet("/.well-known/openid-configuration", () => Microsoft.AspNetCore.Http.Results.Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = _entra.Urls.Single() + "/keys",
        }));
        _entra.MapGet("/keys", () => Microsoft.AspNetCore.Http.Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk(_key, "k1")) }));
        await _entra.StartAsync();
        _app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = Tenant,
            ["Access:AllowedTenants:0"] = Tenant,
            ["Tab:OpenIdMetadata"] = _entra.Urls.Single() + "/.well-known/openid-configuration",
        });
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _entra.DisposeAsync();
        _key.Dispose();
        _strangerKey.Dispose();
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Content_ValidTokenOfAnAllowedTenant_IsServed(string issuerVersion)
    {
        var issuer = issuerVersion == "v2" ? $"https://login.microsoftonline.com/{Tenant}/v2.0" : $"https://sts.windows.net/{Tenant}/";

        var response = await GetContentAsync(Token(issuer: issuer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = await response.Content.ReadAsStringAsync();
        Assert.Contains("Bilans annuels (art. 5)", content, StringComparison.Ordinal);
        // In Teams, each year's heading opens its card in the chat with the bot (a deep link with the command).
        Assert.Contains($"<a class=\"chat\" href=\"https://teams.microsoft.com/l/chat/0/0?users=28:{AppId}&amp;message=bilan%202024\">2024</a>", content, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"chat\" href=\"https://teams.microsoft.com/l/chat/0/0?users=28:{AppId}&amp;message=export%20bilan%202023\">2023</a>", content, StringComparison.Ordinal);
    }

    public static TheoryData<string> Refused => ["wrong audience", "other tenant", "tenant not its issuer", "expired", "unsigned", "unknown key", "no token"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Content_BadToken_IsRefusedWithoutData(string why)
    {
        var token = why switch
        {
            "wrong audience" => Token(audience: $"api://elsewhere.example/{AppId}"),
            "other tenant" => Token(tenant: OtherTenant, issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"),
            "tenant not its issuer" => Token(issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"),
            "expired" => Token(expires: DateTime.UtcNow.AddMinutes(-10)),
            "unsigned" => new JsonWebTokenHandler().CreateToken(Descriptor(Audience, Tenant, $"https://login.microsoftonline.com/{Tenant}/v2.0", DateTime.UtcNow.AddHours(1))),
            "unknown key" => Token(key: _strangerKey),
            _ => null,
        };

        var response = await GetContentAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bilans annuels", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithAnAppId_IsAShellThatLoadsTeamsLibraryAndNoData()
    {
        var page = await _client.GetStringAsync("/tab/dashboard");

        Assert.Contains("<script src=\"/tab/teams.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bilans annuels", page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetContentAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/dashboard/content");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await _client.SendAsync(request);
    }

    private string Token(string audience = Audience, string tenant = Tenant, string? issuer = null, DateTime? expires = null, RSA? key = null)
    {
        var descriptor = Descriptor(audience, tenant, issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0", expires ?? DateTime.UtcNow.AddHours(1));
        descriptor.SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? _key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static SecurityTokenDescriptor Descriptor(string audience, string tenant, string issuer, DateTime expires) => new()
    {
        Audience = audience,
        Issuer = issuer,
        NotBefore = expires.AddHours(-2),
        IssuedAt = expires.AddHours(-2),
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim("oid", "aaaaaaaa-0000-0000-0000-000000000009"), new Claim("tid", tenant), new Claim("name", "Claire Métropole")]),
    };

    private static JsonObject Jwk(RSA rsa, string keyId)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
