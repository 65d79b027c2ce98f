using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Meetings;

/// <summary>
/// The real app (scheduler, subscriptions, meetings) on a <see cref="FakeTimeProvider"/> and its own tables, a fake
/// connector receiving what it sends, and helpers to talk to it as Teams does.
/// </summary>
internal sealed class MeetingsApp : IAsyncDisposable
{
    /// <summary>Monday 4 March 2024, 10:00 in Paris: the last year of the 2022-2024 convention, its checkpoints ahead.</summary>
    public static readonly DateTimeOffset Start = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public static readonly TestUser Admin = new("29:user-1", "Camille Martin", "11111111-1111-1111-1111-111111111111", "a:personal-1");
    public static readonly TestUser Member = new("29:user-2", "Louis Durand", "22222222-2222-2222-2222-222222222222", "a:personal-2");

    private readonly BotAppFactory _root;
    private readonly WebApplicationFactory<Program> _app;

    private MeetingsApp(FakeConnector connector, FakeTimeProvider clock, BotAppFactory root, WebApplicationFactory<Program> app)
    {
        (Connector, Clock, _root, _app) = (connector, clock, root, app);
        Client = app.CreateClient();
    }

    public FakeConnector Connector { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>What the bot sent on its own (notifications), as opposed to replies to messages.</summary>
    public IReadOnlyList<ConnectorCall> Sent => [.. Connector.Calls.Where(c => c.Kind == "send")];

    public static async Task<MeetingsApp> StartAsync(IDictionary<string, string?>? settings = null, DateTimeOffset? start = null)
    {
        var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(start ?? Start);
        var values = new Dictionary<string, string?> { ["Access:Admins:0"] = Admin.AadObjectId };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var root = new BotAppFactory(values);
        var app = root.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        return new MeetingsApp(connector, clock, root, app);
    }

    /// <summary>Types a command in the user's chat and waits for the bot's reply.</summary>
    public async Task<ConnectorCall> SayAsync(TestUser user, string text)
    {
        var before = Connector.Calls.Count;
        var response = await Client.PostAsync(Activity(user, ActivityTypes.Message, text));
        response.EnsureSuccessStatusCode();
        await Connector.WaitForCallsAsync(before + 1);
        return Connector.Calls.Last(c => c.Kind == "reply" && c.ConversationId == user.Chat);
    }

    /// <summary>Clicks an Action.Execute button: the invoke's answer is the card that replaces the clicked one, or a message.</summary>
    public async Task<InvokeAnswer> ClickAsync(TestUser user, string verb, JsonObject data)
    {
        var activity = Activity(user, ActivityTypes.Invoke, null);
        activity.Name = "adaptiveCard/action";
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        activity.Value = JsonSerializer.SerializeToElement(value);
        var response = await Client.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return new InvokeAnswer(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Moves the clock; what was due by then is sent when this returns (<see cref="ScheduleClock.MoveToAsync"/>).</summary>
    public Task MoveToAsync(DateTimeOffset instant) => ScheduleClock.MoveToAsync(Services, Clock, instant);

    /// <summary>Waits until at least <paramref name="count"/> notifications were sent in all.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForSentAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Sent.Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }
        return Sent;
    }

    public INotificationScheduler Scheduler => Services.GetRequiredService<INotificationScheduler>();

    /// <summary>Runs dispatch passes until nothing due is left, nor being sent by the app's own loop.</summary>
    public Task SettleAsync() => ScheduleClock.SettleAsync(Services, Clock);

    private Activity Activity(TestUser user, string type, string? text)
    {
        var activity = Activities.Message(Connector.ServiceUrl, text ?? "", user.Chat);
        activity.Type = type;
        activity.Text = text;
        activity.From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        return activity;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
