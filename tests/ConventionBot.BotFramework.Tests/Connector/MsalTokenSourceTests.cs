using System.Web;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

/// <summary>The SingleTenant path end to end: MSAL against a loopback HTTPS token endpoint, then the Connector call.</summary>
public sealed class MsalTokenSourceTests : IAsyncLifetime
{
    private const string AppId = "7a1c2e44-0000-4000-8000-00000000b07f";
    private const string TenantId = "0b1c2d3e-0000-4000-8000-000000000000";

    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate = TestCertificate.CreateForLoopback();
    private LoopbackServer _entra = null!;
    private LoopbackServer _connector = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _entra = await LoopbackServer.StartAsync(
            ScriptedResponse.Json(200, """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"entra-token"}"""),
            _certificate);
        _connector = await LoopbackServer.StartAsync();
        _provider = ConnectorTestHost.Create(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "s3cret",
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppTenantId"] = TenantId,
                ["Connector:TokenAuthorityHost"] = _entra.BaseUrl + "/",
                ["Connector:ValidateTokenAuthority"] = "false",
            },
            configure: services => services.AddHttpClient(MsalHttpClientFactory.ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == _certificate.Thumbprint,
                }));
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _connector.DisposeAsync();
        await _entra.DisposeAsync();
        _certificate.Dispose();
    }

    [Fact]
    public async Task SendToConversationAsync_SingleTenant_PostsClientCredentialsToTenantAuthority()
    {
        await Send(1);

        var tokenRequest = Assert.Single(_entra.Requests);
        Assert.Equal("POST", tokenRequest.Method);
        Assert.StartsWith($"/{TenantId}/oauth2/v2.0/token", tokenRequest.RawTarget, StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task SendToConversationAsync_TwentyConcurrentSends_ShareOneTokenRequest()
    {
        await Send(20);

        Assert.Single(_entra.Requests);
        Assert.Equal(20, _connector.Requests.Count);
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer entra-token", request.Headers["Authorization"]));
    }

    private Task<ResourceResponse[]> Send(int count)
    {
        var connector = _provider.Connector();
        return Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            connector.SendToConversationAsync(_connector.BaseUrl + "/_connector", $"a:{i}", MessageFactory.Text("Bonjour"))));
    }
}
