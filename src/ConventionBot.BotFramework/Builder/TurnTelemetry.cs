namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// What the bot tells the adapter about its turn, for the turn's span and the <c>bot.turns</c> metric. Only names the
/// bot itself registered (a command keyword, a card verb) or chose (an outcome): never what the user typed, nor ids.
/// </summary>
public sealed class TurnTelemetry
{
    /// <summary>The command the turn ran, by its first keyword, e.g. <c>bilan</c>.</summary>
    public string? Command { get; set; }

    /// <summary>The card verb the turn handled, e.g. <c>meeting.schedule</c>; <c>unknown</c> for a verb nobody registered.</summary>
    public string? CardVerb { get; set; }

    /// <summary>How a turn that did not fail ended, when not plainly <c>ok</c>: e.g. <c>refused</c>, <c>not_understood</c>.</summary>
    public string? Outcome { get; set; }
}
