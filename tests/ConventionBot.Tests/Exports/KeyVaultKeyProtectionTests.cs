using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Tests.Exports;

/// <summary>
/// With <c>Exports:KeyVaultKeyId</c>, the keys that sign links are stored encrypted: wrapped by a key that stays in
/// the vault (a real loopback HTTP server speaking Key Vault's wrapkey/unwrapkey, RSA-OAEP-256), reached with the
/// app's token, and another instance opens them through the vault.
/// </summary>
public sealed class KeyVaultKeyProtectionTests
{
    [Fact]
    public async Task LinkSigningKeys_AreStoredWrappedByTheVaultKey_AndAnotherInstanceOpensThem()
    {
        await using var vault = await FakeKeyVault.StartAsync();
        var prefix = TestStorage.UniquePrefix();
        var settings = new Dictionary<string, string?> { ["Exports:KeyVaultKeyId"] = vault.KeyId, ["Storage:TablePrefix"] = prefix };
        string link;
        await using (var first = await BilanApp.StartAsync(settings: settings, services: s => s.AddSingleton<TokenCredential>(new FixedToken())))
        {
            link = CardJson.Links(await first.SayAsync(TestUser.Alice, "export 2024"))[0].PathAndQuery;
        }
        var stored = await new TableClient(TestStorage.ConnectionString, prefix + "DataProtectionKeys").QueryAsync<TableEntity>().ToListAsync();
        var wrapsBefore = vault.Calls.Count(c => c.Operation == "wrapkey");

        await using var second = await BilanApp.StartAsync(settings: settings, services: s => s.AddSingleton<TokenCredential>(new FixedToken()));
        var opened = await second.Client.GetAsync(link);

        var xml = Assert.Single(stored).GetString("Xml");
        Assert.Contains("<encryptedKey xmlns=\"\">", xml, StringComparison.Ordinal);
        Assert.Contains($"<kid>{vault.KeyId}/v1</kid>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.Equal(1, wrapsBefore);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(vault.Calls, c => c.Operation == "unwrapkey");
        Assert.All(vault.Calls, c => Assert.Equal("Bearer vault-token", c.Authorization));
    }

    [Fact]
    public async Task WithoutAVaultKey_TheKeysAreStoredAsDataProtectionWritesThem()
    {
        await using var app = await BilanApp.StartAsync();
        await app.SayAsync(TestUser.Alice, "export 2024");

        var stored = await new TableClient(TestStorage.ConnectionString, app.TablePrefix + "DataProtectionKeys").QueryAsync<TableEntity>().ToListAsync();

        Assert.Contains("<masterKey", Assert.Single(stored).GetString("Xml"), StringComparison.Ordinal);
    }

    private sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            requestContext.Scopes.SequenceEqual(["https://vault.azure.net/.default"])
                ? new AccessToken("vault-token", DateTimeOffset.UtcNow.AddHours(1))
                : throw new InvalidOperationException($"Unexpected scope {string.Join(' ', requestContext.Scopes)}.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Key Vault's two key operations the app uses, on loopback, with an RSA key that never leaves it.</summary>
    private sealed class FakeKeyVault : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly RSA _rsa = RSA.Create(2048);
        private readonly ConcurrentQueue<(string Operation, string? Authorization)> _calls = new();

        private FakeKeyVault(WebApplication app) => _app = app;

        public string KeyId { get; private set; } = "";

        public IReadOnlyCollection<(string Operation, string? Authorization)> Calls => _calls;

        public static async Task<FakeKeyVault> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var vault = new FakeKeyVault(app);
            app.MapPost("/keys/dataprotection/{operation}", (string operation, HttpContext context) => vault.OperateAsync(operation, context));
            app.MapPost("/keys/dataprotection/v1/{operation}", (string operation, HttpContext context) => vault.OperateAsync(operation, context));
            await app.StartAsync();
            vault.KeyId = app.Urls.Single() + "/keys/dataprotection";
            return vault;
        }

        private async Task<IResult> OperateAsync(string operation, HttpContext context)
        {
            _calls.Enqueue((operation, context.Request.Headers.Authorization.ToString()));
            var body = (await JsonNode.ParseAsync(context.Request.Body))!;
            if (context.Request.Query["api-version"] != "7.4" || (string?)body["alg"] != "RSA-OAEP-256")
            {
                return Results.BadRequest();
            }
            var value = Base64Url.DecodeFromChars((string)body["value"]!);
            var result = operation switch
            {
                "wrapkey" => _rsa.Encrypt(value, RSAEncryptionPadding.OaepSHA256),
                "unwrapkey" => _rsa.Decrypt(value, RSAEncryptionPadding.OaepSHA256),
                _ => null,
            };
            return result is null
                ? Results.NotFound()
                : Results.Json(new JsonObject { ["kid"] = KeyId + "/v1", ["value"] = Base64Url.EncodeToString(result) });
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            _rsa.Dispose();
        }
    }
}
