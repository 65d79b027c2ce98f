using ConventionBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>
/// A real authenticator wired by <c>AddBotAuthentication</c>, pointed at a loopback
/// OpenID server, on a clock the test moves.
/// </summary>
internal sealed class AuthenticationHarness : IAsyncDisposable
{
    public const string AppId = "9b2f3c1e-0d6a-4c55-9a8e-2f1d5e7c4b10";
    public const string TenantId = "7e1c2d3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/7e1c2d3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f/";
    public const string ChannelId = "msteams";

    private readonly List<ServiceProvider> _providers = [];
    private readonly JsonWebTokenHandler _handler = new();

    private AuthenticationHarness(OpenIdTestServer server) => Server = server;

    public OpenIdTestServer Server { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2031, 3, 14, 9, 30, 0, TimeSpan.Zero));

    public TestSigningKey BotKey { get; } = new("bot-key-1", KeyMaterial.BotFramework, ChannelId, "webchat");

    public TestSigningKey TenantKey { get; } = new("tenant-key-1", KeyMaterial.Tenant);

    public static async Task<AuthenticationHarness> StartAsync()
    {
        var harness = new AuthenticationHarness(await OpenIdTestServer.StartAsync());
        harness.Server.PublishBotKey(harness.BotKey);
        harness.Server.PublishTenantKey(TenantId, harness.TenantKey);
        return harness;
    }

    /// <summary>An authenticator for the bot <paramref name="appId"/>; none means Development without identity.</summary>
    public IBotAuthenticator CreateAuthenticator(string? appId = AppId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "not-a-real-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotOpenIdMetadata"] = Server.BotMetadataUrl.ToString(),
            ["BotTenantOpenIdMetadataTemplate"] = Server.TenantMetadataTemplate,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment
            {
                EnvironmentName = appId is null ? Environments.Development : Environments.Production,
            })
            .AddSingleton<TimeProvider>(Clock)
            .AddLogging()
            .AddBotAuthentication();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IBotAuthenticator>();
    }

    public string Sign(TokenSpec spec)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = now + spec.NotBefore,
            NotBefore = now + spec.NotBefore,
            Expires = now + spec.Expires,
            Claims = spec.Claims.ToDictionary(),
            SigningCredentials = spec.Credentials,
        });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        await Server.DisposeAsync();
    }
}
