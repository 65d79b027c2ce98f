using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port (the playground is another process and calls it over HTTP),
/// Development environment (anonymous playground requests, everyone admin), its own tables on the test Azurite,
/// answering in French as scripts/run.sh makes it (the playground always sends en-US).
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    public const string TablesVariable = "CONVENTIONBOT_TEST_TABLES";

    // A port known before start: the app's links opened outside the chat (the printable document) name it.
    private readonly int _port = Playground.FreePort();

    public BotServer() => UseKestrel(_port);

    /// <summary>The app's clock starts on this Paris morning, then runs: dates typed in the journeys stay in the future.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(1));

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var tables = Environment.GetEnvironmentVariable(TablesVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{TablesVariable} is not set. Run the tests with scripts/test.sh, which starts Azurite and sets it.");
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tables,
            ["Storage:TablePrefix"] = "b" + Guid.NewGuid().ToString("N")[..12],
            ["Conversation:LocaleOverride"] = "fr-FR",
            ["Bot:PublicBaseUrl"] = $"http://127.0.0.1:{_port}",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(Today)));
    }

    /// <summary>Real time (timers run) moved so that the app starts at <c>start</c>.</summary>
    private sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan _shift = start - TimeProvider.System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _shift;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    }
}
