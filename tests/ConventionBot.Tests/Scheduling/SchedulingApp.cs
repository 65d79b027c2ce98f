using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Scheduling;

/// <summary>
/// One instance of the real app (dispatcher loop running) on a given table prefix, with a
/// <see cref="FakeTimeProvider"/> shared by the instances of a test and the <see cref="BroadcastRenderer"/> registered.
/// </summary>
public sealed class SchedulingApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(2);

    private readonly BotAppFactory _root;
    private readonly WebApplicationFactory<Program> _app;

    /// <param name="testServices">Test services to add (e.g. a <see cref="StorageRequestCounter"/>).</param>
    public SchedulingApp(string tablePrefix, FakeTimeProvider clock, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = tablePrefix,
            ["Scheduling:LeaseDuration"] = LeaseDuration.ToString(),
            ["Scheduling:RetryDelay"] = RetryDelay.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        _root = new BotAppFactory(values);
        _app = _root.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<INotificationRenderer, BroadcastRenderer>();
        }).ConfigureTestServices(services => testServices?.Invoke(services)));
    }

    public IServiceProvider Services => _app.Services;

    public INotificationScheduler Scheduler => Services.GetRequiredService<INotificationScheduler>();

    internal NotificationDispatcher Dispatcher => Services.GetRequiredService<NotificationDispatcher>();

    public HttpClient CreateClient() => _app.CreateClient();

    /// <summary>Remembers conversations as if each had written to the bot, without sending anything.</summary>
    public async Task RememberAsync(string serviceUrl, params string[] conversationIds)
    {
        var references = Services.GetRequiredService<ConversationReferenceStore>();
        foreach (var id in conversationIds)
        {
            await references.RememberAsync(Activities.Message(serviceUrl, "aide", conversationId: id), CancellationToken.None);
        }
    }

    /// <summary>Waits until the schedule holds nothing due or in progress (every pass over, marks written).</summary>
    public static async Task WaitUntilIdleAsync(params SchedulingApp[] apps)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await Task.WhenAll(apps.Select(a => a.Dispatcher.DispatchDueAsync(timeout.Token)))).Any(s => s.Due > 0 || s.NextDueAt is not null))
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _root.DisposeAsync();
    }
}
