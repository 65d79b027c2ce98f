namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>The Teams-only "msteams" extension of a card.</summary>
public sealed class AdaptiveMsTeams
{
    /// <summary>The only <see cref="Width"/> Teams knows: the card takes the whole message width.</summary>
    public const string FullWidth = "Full";

    public string? Width { get; init; }
}
