using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://contoso.sharepoint.com/sites/x")]
    public void Validate_AllowedHttpsHost_ReturnsUri(string serviceUrl)
    {
        var uri = Policy(allowLocalhost: false).Validate(serviceUrl);

        Assert.Equal(new Uri(serviceUrl), uri);
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://other.trafficmanager.net/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("not a url")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:3978/")]
    public void Validate_RefusedUrl_Throws(string serviceUrl)
    {
        Assert.Throws<ServiceUrlNotAllowedException>(() => Policy(allowLocalhost: false).Validate(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:3978/")]
    public void Validate_LoopbackWhenAllowed_ReturnsUri(string serviceUrl)
    {
        Assert.Equal(new Uri(serviceUrl), Policy(allowLocalhost: true).Validate(serviceUrl));
    }

    [Fact]
    public async Task SendToConversationAsync_DisallowedHost_ThrowsBeforeTokenOrRequest()
    {
        await using var server = await LoopbackServer.StartAsync();
        var tokens = new CountingTokenProvider();
        await using var provider = ConnectorTestHost.Create(
            new Dictionary<string, string?> { ["Connector:AllowLocalhost"] = "false" }, tokens);

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            provider.Connector().SendToConversationAsync(server.BaseUrl + "/_connector", "a:1", MessageFactory.Text("Bonjour")));

        Assert.Equal(0, tokens.Calls);
        Assert.Empty(server.Requests);
    }

    private static ServiceUrlPolicy Policy(bool allowLocalhost) =>
        new(Options.Create(new ConnectorOptions { AllowLocalhost = allowLocalhost }), NullLogger<ServiceUrlPolicy>.Instance);
}
