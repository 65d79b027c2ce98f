namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A paragraph made of differently styled runs (RichTextBlock).</summary>
public sealed class AdaptiveRichTextBlock : AdaptiveElement
{
    public IList<AdaptiveTextRun> Inlines { get; init; } = [];

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }
}
