using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConventionBot.BotFramework.Diagnostics;
using ConventionBot.BotFramework.Schema;
using Span = System.Diagnostics.Activity;
using static ConventionBot.BotFramework.Diagnostics.BotFrameworkTelemetry;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// A turn's span and its count in <c>bot.turns</c>. The types come from the sender, so anything unexpected is tagged
/// <c>other</c>: a tag never holds a value the bot does not know in advance.
/// </summary>
internal sealed class TurnInstrumentation(IMeterFactory meterFactory)
{
    private static readonly HashSet<string> ActivityTypeNames = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation,
    };

    private static readonly HashSet<string> ConversationTypeNames = new(StringComparer.Ordinal) { "personal", "groupChat", "channel" };

    private readonly Counter<long> _turns = meterFactory.Create(Name).CreateCounter<long>(
        "bot.turns", "{turn}", "Turns run, by activity type, conversation type, command or card verb, and outcome.");

    public static Span? Start() => Source.StartActivity("CloudAdapter.ProcessActivity");

    /// <summary>Records the turn; <paramref name="failure"/> is the exception that ended it, if any.</summary>
    public void Stop(Span? span, ITurnContext turn, string outcome, Exception? failure)
    {
        var tags = new TagList
        {
            { ActivityTypeTag, Known(turn.Activity.Type, ActivityTypeNames) },
            // Teams leaves it out of personal chats.
            { ConversationTypeTag, Known(turn.Activity.Conversation?.ConversationType ?? "personal", ConversationTypeNames) },
            { TurnOutcomeTag, outcome },
        };
        if (turn.Telemetry.Command is { } command)
        {
            tags.Add(CommandTag, command);
        }
        if (turn.Telemetry.CardVerb is { } verb)
        {
            tags.Add(CardVerbTag, verb);
        }
        _turns.Add(1, tags);

        if (span is null)
        {
            return;
        }
        foreach (var tag in tags)
        {
            span.SetTag(tag.Key, tag.Value);
        }
        if (failure is not null)
        {
            // The type only: an exception's message may quote what the user sent.
            span.SetTag("error.type", failure.GetType().FullName);
            span.SetStatus(ActivityStatusCode.Error);
        }
    }

    private static string Known(string? value, HashSet<string> names) =>
        value is not null && names.TryGetValue(value, out var name) ? name : "other";
}
