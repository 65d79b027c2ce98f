using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;
using Span = System.Diagnostics.Activity;
using TraceId = System.Diagnostics.ActivityTraceId;

namespace ConventionBot.Tests.Diagnostics;

[Collection(TelemetryRunsAlone.Name)]
public sealed class TurnTelemetryTests : IAsyncLifetime
{
    private TelemetryApp _app = null!;

    public async Task InitializeAsync() => _app = await TelemetryApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Message_Command_RecordsTheTurnSpanWithItsStorageAndConnectorSpansAndCountsTheTurn()
    {
        var traceId = TraceId.CreateRandom();

        await _app.PostAsync(Activities.Message(_app.Connector.ServiceUrl, "abonner", conversationId: "a:telemetry-turn"), traceId);
        var turn = await _app.Telemetry.WaitForSpanAsync(s => s.TraceId == traceId && s.OperationName == "CloudAdapter.ProcessActivity");
        var children = _app.Spans.Where(s => s.ParentSpanId == turn.SpanId).ToList();
        var turns = _app.Telemetry.Points(_app.Services, "bot.turns");

        Assert.Equal("ConventionBot.BotFramework", turn.Source.Name);
        Assert.Equal(
            [("bot.activity.type", "message"), ("bot.command", "abonner"), ("bot.conversation.type", "personal"), ("bot.turn.outcome", "ok")],
            BotTags(turn));
        Assert.Contains(children, s => s.Source.Name == "Azure.Data.Tables.TableClient" && s.OperationName == "TableClient.UpsertEntity");
        var reply = Assert.Single(children, s => s.OperationName == "ConnectorClient.ReplyToActivity");
        Assert.Equal("sent", reply.GetTagItem("bot.connector.outcome"));
        Assert.Equal(200, reply.GetTagItem("http.response.status_code"));
        var point = Assert.Single(turns);
        Assert.True(point.Has(("bot.activity.type", "message"), ("bot.command", "abonner"), ("bot.turn.outcome", "ok")));
        Assert.Equal(1, point.Point.GetSumLong());
    }

    [Fact]
    public async Task Invoke_VerbNobodyRegistered_IsTaggedUnknownAndUnsupported()
    {
        var traceId = TraceId.CreateRandom();
        var invoke = Activities.Message(_app.Connector.ServiceUrl, "", conversationId: "a:telemetry-invoke");
        (invoke.Type, invoke.Text, invoke.Name) = (ActivityTypes.Invoke, null, "adaptiveCard/action");
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "typed by a client", data = new { } } });

        await _app.PostAsync(invoke, traceId);
        var turn = await _app.Telemetry.WaitForSpanAsync(s => s.TraceId == traceId && s.OperationName == "CloudAdapter.ProcessActivity");

        Assert.Equal("unknown", turn.GetTagItem("bot.card.verb"));
        Assert.Equal("unsupported", turn.GetTagItem("bot.turn.outcome"));
        Assert.Equal("invoke", turn.GetTagItem("bot.activity.type"));
    }

    [Fact]
    public async Task Message_NotACommand_IsCountedNotUnderstood()
    {
        await _app.PostAsync(Activities.Message(_app.Connector.ServiceUrl, "chantiez 5", conversationId: "a:telemetry-typo"), TraceId.CreateRandom());
        await _app.Connector.WaitForCallsAsync(1);
        await _app.Telemetry.WaitForSpanAsync(s => s.OperationName == "CloudAdapter.ProcessActivity");

        var point = Assert.Single(_app.Telemetry.Points(_app.Services, "bot.turns"));

        Assert.Equal("not_understood", point.Tag("bot.turn.outcome"));
        Assert.Null(point.Tag("bot.command"));
    }

    private static List<(string, string?)> BotTags(Span span) =>
        [.. span.Tags.Where(t => t.Key.StartsWith("bot.", StringComparison.Ordinal)).Select(t => (t.Key, t.Value)).Order()];
}
