using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conventions;
using ConventionBot.Subscriptions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Bilans;

/// <summary>
/// The real app (Development, <see cref="TestUser.Admin"/> as the only admin) with a fake connector, and users who
/// type commands and click card buttons as Teams sends them. With a start time, the app runs on a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class BilanApp : IAsyncDisposable
{
    private readonly BotAppFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    private BilanApp(FakeConnector connector, BotAppFactory factory, FakeTimeProvider? clock, Action<IServiceCollection>? services)
    {
        Connector = connector;
        Clock = clock;
        _factory = factory;
        _app = factory.WithWebHostBuilder(web => web.ConfigureTestServices(s =>
        {
            if (clock is not null)
            {
                s.AddSingleton<TimeProvider>(clock);
            }
            services?.Invoke(s);
        }));
        Client = _app.CreateClient();
    }

    public FakeConnector Connector { get; }
    public FakeTimeProvider? Clock { get; }

    /// <summary>Moves the clock; what was due by then is sent when this returns (<see cref="ScheduleClock.MoveToAsync"/>).</summary>
    public Task MoveToAsync(DateTimeOffset instant) => ScheduleClock.MoveToAsync(Services, Clock!, instant);
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public string TablePrefix => _factory.TablePrefix;

    /// <param name="services">Test services to add (e.g. a <see cref="StorageRequestCounter"/>).</param>
    public static async Task<BilanApp> StartAsync(
        DateTimeOffset? now = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?> { ["Access:Admins:0"] = TestUser.Admin.AadObjectId };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        return new BilanApp(await FakeConnector.StartAsync(), new BotAppFactory(values), now is { } start ? new FakeTimeProvider(start) : null, services);
    }

    /// <summary>Types <paramref name="text"/> in the user's chat; returns the card the bot replied with (or its text as a JSON string).</summary>
    /// <summary>Makes the bot meet both party channels and subscribes each for its party, to the convention that has it.</summary>
    public async Task SubscribePartyChannelsAsync()
    {
        var subscriptions = Services.GetRequiredService<ISubscriptionStore>();
        var catalog = Services.GetRequiredService<ConventionCatalog>();
        foreach (var (channel, party) in new[] { (TestUser.ArHlmChannel, "arhlm"), (TestUser.MetropoleChannel, "metropole") })
        {
            await SayAsync(channel, "aide");
            var convention = catalog.All.Single(c => c.Parties.Any(p => p.Id == party)).Id;
            await subscriptions.SubscribeAsync(new Subscription(channel.ConversationId, convention, "channel", party, channel.AadObjectId, Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    public async Task<JsonElement> SayAsync(TestUser user, string text, IList<Attachment>? attachments = null)
    {
        var activity = Activity(user);
        activity.Text = text;
        activity.Attachments = attachments;
        var before = Connector.Calls.Count;
        (await Client.PostAsync(activity)).EnsureSuccessStatusCode();
        var reply = await WaitForAsync(before, c => c.ActivityId == activity.Id);
        return reply.Activity.Attachments is [var attachment, ..]
            ? JsonSerializer.SerializeToElement(attachment.Content)
            : JsonSerializer.SerializeToElement(reply.Activity.Text);
    }

    /// <summary>
    /// Clicks the card's button with <paramref name="verb"/> (Action.Execute), with typed input values; returns the card that
    /// replaces it, the card it opened (sent as a new message), or the message shown.
    /// </summary>
    public async Task<JsonElement> ClickAsync(TestUser user, JsonElement card, string verb, IDictionary<string, string>? inputs = null)
    {
        var data = Merge(CardJson.ActionData(card, verb), inputs);
        var activity = Activity(user);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });
        var before = Connector.Calls.Count;
        var response = await Client.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (data["newCard"]?.GetValue<bool>() == true && body.GetProperty("type").GetString() == "application/vnd.microsoft.activity.message")
        {
            // A button to another card: the clicked card stays, the one it opens comes as a new message.
            var reply = await WaitForAsync(before, c => c.Kind == "reply" && c.ActivityId == activity.Id);
            return JsonSerializer.SerializeToElement(reply.Activity.Attachments![0].Content);
        }
        return body.GetProperty("value").Clone();
    }

    /// <summary>Clicks through the Action.Submit fallback (clients without Universal Actions): the card is updated in place.</summary>
    public async Task<JsonElement> SubmitAsync(TestUser user, JsonElement card, string verb, IDictionary<string, string>? inputs = null)
    {
        var data = Merge(CardJson.ActionData(card, verb), inputs);
        data["verb"] = verb;
        var activity = Activity(user);
        activity.ReplyToId = "card-" + Guid.NewGuid().ToString("N");
        activity.Value = JsonSerializer.SerializeToElement(data);
        var before = Connector.Calls.Count;
        (await Client.PostAsync(activity)).EnsureSuccessStatusCode();
        var update = await WaitForAsync(before, c => c.Kind == "update" && c.ActivityId == activity.ReplyToId);
        return JsonSerializer.SerializeToElement(update.Activity.Attachments![0].Content);
    }

    /// <summary>Waits for a call to the connector after the first <paramref name="before"/> ones that matches.</summary>
    public async Task<ConnectorCall> WaitForAsync(int before, Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        for (var count = before + 1; ; count++)
        {
            var calls = await Connector.WaitForCallsAsync(count, timeout ?? TimeSpan.FromSeconds(15));
            if (calls.Skip(before).FirstOrDefault(match) is { } found)
            {
                return found;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        if (!ReferenceEquals(_app, _factory))
        {
            await _factory.DisposeAsync();
        }
        await Connector.DisposeAsync();
    }

    private static JsonObject Merge(JsonObject data, IDictionary<string, string>? inputs)
    {
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }
        return data;
    }

    private Activity Activity(TestUser user)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "", user.ConversationId, user.Locale);
        activity.From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        activity.Conversation!.ConversationType = user.ConversationType;
        activity.Text = null;
        return activity;
    }
}
