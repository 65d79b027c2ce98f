using System.Diagnostics;

namespace ConventionBot.BotFramework.Diagnostics;

/// <summary>
/// The library's traces and metrics, both named <see cref="Name"/>: a span per turn (<c>CloudAdapter.ProcessActivity</c>)
/// and per Connector call (<c>ConnectorClient.{Operation}</c>), the <c>bot.turns</c> and <c>bot.connector.sends</c> counters.
/// Tags hold protocol facts only (activity and conversation types, operations, statuses, the bot's own command and verb
/// names): never ids, names or message text.
/// </summary>
public static class BotFrameworkTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and the meter of this library.</summary>
    public const string Name = "ConventionBot.BotFramework";

    public const string ActivityTypeTag = "bot.activity.type";
    public const string ConversationTypeTag = "bot.conversation.type";
    public const string CommandTag = "bot.command";
    public const string CardVerbTag = "bot.card.verb";
    public const string TurnOutcomeTag = "bot.turn.outcome";
    public const string OperationTag = "bot.connector.operation";
    public const string SendOutcomeTag = "bot.connector.outcome";
    public const string AttemptsTag = "bot.connector.attempts";

    /// <summary>Turn outcomes set by the adapter; a bot may report its own (e.g. <c>refused</c>) through <see cref="Builder.TurnTelemetry"/>.</summary>
    public const string TurnOk = "ok";
    public const string TurnError = "error";
    public const string TurnCanceled = "canceled";

    /// <summary>Outcomes of one Connector request: every request counts once, under one of these.</summary>
    public const string Sent = "sent";
    public const string Throttled = "throttled";
    public const string Retried = "retried";
    public const string Gone = "gone";
    public const string Failed = "failed";

    internal static readonly ActivitySource Source = new(Name, typeof(BotFrameworkTelemetry).Assembly.GetName().Version?.ToString());
}
