namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Groups elements, optionally with a background style and a whole-area action (Container).</summary>
public sealed class AdaptiveContainer : AdaptiveElement
{
    public IList<AdaptiveElement> Items { get; init; } = [];

    public AdaptiveContainerStyle? Style { get; init; }

    /// <summary>Lets the background reach the edges of the parent.</summary>
    public bool Bleed { get; init; }

    /// <summary>Action run when the container is clicked; Action.ShowCard is not allowed here.</summary>
    public AdaptiveAction? SelectAction { get; init; }
}
