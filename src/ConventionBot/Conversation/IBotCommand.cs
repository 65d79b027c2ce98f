using ConventionBot.BotFramework.Builder;
using ConventionBot.Calendar;

namespace ConventionBot.Conversation;

/// <summary>
/// A typed command such as <c>convention</c> or <c>chantier 5</c>. Features register theirs with
/// <c>services.AddSingleton&lt;IBotCommand, XxxCommand&gt;()</c>; the router finds them by first word.
/// </summary>
public interface IBotCommand
{
    /// <summary>First words that start the command, lower case without accents, French and English (e.g. <c>reunions</c>, <c>meetings</c>).</summary>
    IReadOnlyList<string> Keywords { get; }

    /// <summary>How the help card presents the command.</summary>
    CommandHelp Help(Language language);

    Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// One line of the help card; <see cref="Order"/> sorts the lines. <see cref="Usage"/> must run as typed
/// (e.g. <c>chantier 5</c>, not <c>chantier &lt;n&gt;</c>): the help and "did you mean" buttons send it.
/// </summary>
public sealed record CommandHelp(int Order, string Usage, string Meaning);

/// <summary>A command to run: <see cref="Arguments"/> is what follows the keyword, trimmed, as typed.</summary>
public sealed record CommandRequest(ITurnContext Turn, Caller Caller, string Arguments)
{
    /// <summary>The keyword the user typed, lower case without accents (<c>action</c> rather than <c>chantier</c>).</summary>
    public string Keyword { get; init; } = "";
}
