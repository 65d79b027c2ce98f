using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>
/// A loopback Kestrel server playing login.botframework.com and login.microsoftonline.com:
/// OpenID metadata documents and JWKS built from keys the test publishes.
/// </summary>
internal sealed class OpenIdTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TestSigningKey> _botKeys = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TestSigningKey>> _tenantKeys = new();
    private int _botKeyFetches;

    private OpenIdTestServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata(
            AuthenticationConstants.ToBotFromChannelTokenIssuer, "botframework/v1/.well-known/keys"));
        _app.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _botKeyFetches);
            return BotKeysUnavailable ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Jwks(_botKeys);
        });
        _app.MapGet("/{tenantId}/v2.0/.well-known/openid-configuration", (string tenantId) => Metadata(
            $"https://login.microsoftonline.com/{tenantId}/v2.0", $"{tenantId}/discovery/v2.0/keys"));
        _app.MapGet("/{tenantId}/discovery/v2.0/keys", (string tenantId) => Jwks(_tenantKeys.GetOrAdd(tenantId, _ => new())));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri BotMetadataUrl => new(BaseAddress, "botframework/v1/.well-known/openidconfiguration");

    public string TenantMetadataTemplate => $"{BaseAddress}{{tenantId}}/v2.0/.well-known/openid-configuration";

    /// <summary>When set, the Bot Framework JWKS answers 503.</summary>
    public bool BotKeysUnavailable { get; set; }

    /// <summary>How many times the Bot Framework JWKS was requested.</summary>
    public int BotKeyFetches => Volatile.Read(ref _botKeyFetches);

    public static async Task<OpenIdTestServer> StartAsync()
    {
        var server = new OpenIdTestServer();
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.Single() + "/");
        return server;
    }

    public void PublishBotKey(TestSigningKey key) => _botKeys.Enqueue(key);

    public void PublishTenantKey(string tenantId, TestSigningKey key) =>
        _tenantKeys.GetOrAdd(tenantId, _ => new()).Enqueue(key);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Metadata(string issuer, string jwksPath) => Results.Text(
        new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = new Uri(BaseAddress, jwksPath).ToString() }.ToJsonString(),
        "application/json");

    private static IResult Jwks(IEnumerable<TestSigningKey> keys) => Results.Text(
        new JsonObject { ["keys"] = new JsonArray([.. keys.Select(key => key.ToJwk())]) }.ToJsonString(),
        "application/json");
}
