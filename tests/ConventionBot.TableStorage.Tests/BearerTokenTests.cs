using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage.Tests;

/// <summary>
/// Entra ID needs https, which the test Azurite does not serve: a recording HttpClient handler stands in for the
/// network, while the real Azure.Core bearer policy does the work.
/// </summary>
public sealed class BearerTokenTests
{
    [Theory]
    [InlineData(null, "https://storage.azure.com/.default")]
    [InlineData("https://storage.azure.cn", "https://storage.azure.cn/.default")]
    public async Task CreateIfNotExistsAsync_TokenCredential_SendsBearerForAudienceScope(string? audience, string expectedScope)
    {
        // Arrange
        var handler = new RecordingHandler();
        var credential = new StaticTokenCredential("token-123");
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        if (audience is not null)
        {
            options.Audience = audience;
        }

        var client = new TableClient(new Uri("https://acct.table.core.windows.net"), "orders", credential, options);

        // Act
        await client.CreateIfNotExistsAsync();

        // Assert
        Assert.Equal([expectedScope], credential.RequestedScopes);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-123", request.Headers.Authorization?.ToString());
        Assert.Equal("2020-12-06", request.Headers.GetValues("x-ms-version").Single());
        Assert.Equal("acct", client.AccountName);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_TokenCredentialOverHttp_IsRefused()
    {
        // Arrange
        var client = new TableClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), "orders", new StaticTokenCredential("t"));

        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateIfNotExistsAsync());

        // Assert
        Assert.Contains("TLS", ex.Message, StringComparison.Ordinal);
    }

    private sealed class StaticTokenCredential(string token) : TokenCredential
    {
        public List<string> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request });
        }
    }
}
