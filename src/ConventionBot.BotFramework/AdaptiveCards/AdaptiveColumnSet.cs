namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Lays <see cref="AdaptiveColumn"/>s side by side (ColumnSet).</summary>
public sealed class AdaptiveColumnSet : AdaptiveElement
{
    public IList<AdaptiveColumn> Columns { get; init; } = [];
}
