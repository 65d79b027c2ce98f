namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A two-column list of title/value pairs (FactSet).</summary>
public sealed class AdaptiveFactSet : AdaptiveElement
{
    public IList<AdaptiveFact> Facts { get; init; } = [];
}
