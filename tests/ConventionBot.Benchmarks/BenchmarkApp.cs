using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Storage;
using ConventionBot.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Benchmarks;

/// <summary>The bot's services as Program.cs composes them (storage, conversations, subscriptions, scheduling), without the web endpoint.</summary>
internal static class BenchmarkApp
{
    public static IHost Build(string[] args, string connectionString, string tablePrefix)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = connectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Connector:AllowLocalhost"] = "true",
        });
        builder.Configuration.AddCommandLine(args);
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTableStorage();
        builder.Services.AddConventions();
        builder.Services.AddConversation();
        builder.Services.AddSubscriptions();
        builder.Services.AddScheduling();
        builder.Services.AddSingleton<INotificationRenderer, FanOutRenderer>();
        return builder.Build();
    }

    /// <summary>Each conversation wrote to the bot once (so it has a reference) and subscribed.</summary>
    public static async Task SeedAsync(IServiceProvider services, string serviceUrl, int conversations)
    {
        var references = services.GetRequiredService<ConversationReferenceStore>();
        var subscriptions = services.GetRequiredService<ISubscriptionStore>();
        await Parallel.ForEachAsync(Enumerable.Range(1, conversations), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var id = $"a:bench-{i:D5}";
            await references.RememberAsync(Message(serviceUrl, id), ct).ConfigureAwait(false);
            await subscriptions.SubscribeAsync(new Subscription(id, "amp-arhlm-2022-2024", "personal", i % 2 == 0 ? "metropole" : "arhlm", null, DateTimeOffset.UtcNow), ct)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>One proactive message to a conversation outside the fan-out, so the send path is not measured cold.</summary>
    public static async Task WarmUpAsync(IServiceProvider services, string serviceUrl)
    {
        var references = services.GetRequiredService<ConversationReferenceStore>();
        await references.RememberAsync(Message(serviceUrl, "a:warm-up"), CancellationToken.None).ConfigureAwait(false);
        var stored = await references.FindAsync("a:warm-up", CancellationToken.None).ConfigureAwait(false);
        await services.GetRequiredService<ProactiveMessenger>()
            .ContinueConversationAsync(stored!.Reference, MessageFactory.Text("Bonjour"), CancellationToken.None).ConfigureAwait(false);
    }

    private static Activity Message(string serviceUrl, string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Locale = "fr-FR",
        From = new ChannelAccount { Id = "29:" + conversationId, AadObjectId = Guid.NewGuid().ToString() },
        Recipient = new ChannelAccount { Id = "28:conventionbot", Name = "ConventionBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "bench-tenant" },
    };
}
