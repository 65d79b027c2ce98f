using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;
using ConventionBot.Tests.Scheduling;
using Span = System.Diagnostics.Activity;
using TraceId = System.Diagnostics.ActivityTraceId;

namespace ConventionBot.Tests.Diagnostics;

[Collection(TelemetryRunsAlone.Name)]
public sealed class TelemetryPrivacyTests : IAsyncLifetime
{
    private const string ConversationId = "a:1Xq7privacyConversation9f2c";
    private const string UserName = "Camille Privacy-Martin";
    private const string AadObjectId = "5e1f0c2a-7b3d-4e9f-8a61-0c2d4b6e8f10";
    private const string UserId = "29:1PrivacyUserId4d7e";
    private const string Sentence = "Bonjour, je suis Camille et mon numéro est le 0612345678";
    private const string TypedVerb = "camille.privacy@example.org";

    private TelemetryApp _app = null!;

    public async Task InitializeAsync() => _app = await TelemetryApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Telemetry_CommandsTextCardsAndNotifications_HoldNoNameIdOrText()
    {
        await SayAsync("abonner");
        await SayAsync(Sentence);
        await ClickAsync(TypedVerb);
        await _app.Scheduler().ScheduleAsync(BroadcastRenderer.ToSubscribers("news:1", _app.Clock.GetUtcNow(), Sentence), default);
        await _app.Connector.WaitForCallsAsync(3);
        await _app.WaitUntilIdleAsync();
        await _app.Telemetry.WaitForSpanAsync(s => s.OperationName == "NotificationDispatcher.Pass");
        var spans = _app.Spans.ToList();
        var points = _app.Telemetry.AllPoints(_app.Services);
        // Something to look at: turns, notification sends, and storage and HTTP spans whose URLs held the conversation id.
        Assert.Contains(spans, s => s.OperationName == "ConnectorClient.SendToConversation");
        Assert.Contains(spans, s => s.Source.Name == "Azure.Core.Http" && s.GetTagItem("url.full") is string);
        Assert.Contains(spans, s => s.Source.Name == "System.Net.Http" && s.GetTagItem("url.full") is string);
        Assert.Contains(points, p => p.Metric.Name == "bot.turns");
        string[] personal = [ConversationId, Uri.EscapeDataString(ConversationId), "privacyConversation", UserName, AadObjectId, UserId, Sentence, "0612345678", TypedVerb];
        var texts = spans.SelectMany(Texts).Concat(points.SelectMany(p => p.Tags.Select(t => $"{p.Metric.Name}: {t.Key}={t.Value}")));

        var leaks = texts.Where(text => personal.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Empty(leaks);
    }

    private static IEnumerable<string> Texts(Span span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}: {t.Key}={t.Value}")))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private async Task SayAsync(string text) => await _app.PostAsync(Person(Activities.Message(_app.Connector.ServiceUrl, text, ConversationId)), TraceId.CreateRandom());

    private async Task ClickAsync(string verb)
    {
        var invoke = Person(Activities.Message(_app.Connector.ServiceUrl, "", ConversationId));
        (invoke.Type, invoke.Text, invoke.Name) = (ActivityTypes.Invoke, null, "adaptiveCard/action");
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = new { note = Sentence } } });
        await _app.PostAsync(invoke, TraceId.CreateRandom());
    }

    private static Activity Person(Activity activity)
    {
        activity.From = new ChannelAccount { Id = UserId, Name = UserName, AadObjectId = AadObjectId };
        return activity;
    }
}
