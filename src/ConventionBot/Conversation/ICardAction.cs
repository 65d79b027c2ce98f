using System.Text.Json;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.Conversation;

/// <summary>
/// Handles card buttons (Action.Execute, or its Action.Submit fallback) by verb. Features register theirs
/// with <c>services.AddSingleton&lt;ICardAction, XxxAction&gt;()</c>. Verbs are namespaced: <c>meeting.schedule</c>.
/// </summary>
public interface ICardAction
{
    IReadOnlyList<string> Verbs { get; }

    /// <summary>The reply replaces the card that was clicked (card) or is shown to the user (text).</summary>
    Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken);
}

/// <summary>A click: <see cref="Data"/> holds the action's data merged with the card's input values.</summary>
public sealed record CardActionRequest(ITurnContext Turn, Caller Caller, string Verb, JsonElement Data);
