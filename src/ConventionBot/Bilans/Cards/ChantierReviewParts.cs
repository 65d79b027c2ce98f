using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;

namespace ConventionBot.Bilans;

/// <summary>The Métropole's review on the chantier card: its comment (either outcome) and the history, each review with its comment.</summary>
internal static class ChantierReviewParts
{
    private const int HistoryShown = 5;

    /// <summary>The review comment, its outcome, who and when, in words (the tint only repeats it); null without a comment.</summary>
    public static AdaptiveContainer? Comment(ChantierBilan bilan, Language l) => BilanLabels.Review(l, bilan) is { } text
        ? new AdaptiveContainer
        {
            Style = bilan.Status == BilanStatus.ChangesRequested ? AdaptiveContainerStyle.Warning : AdaptiveContainerStyle.Good,
            Items = [CardParts.Text(text)],
        }
        : null;

    public static IEnumerable<AdaptiveElement> History(IReadOnlyList<BilanVersion> history, Language l)
    {
        if (history.Count == 0)
        {
            yield break;
        }
        yield return CardParts.Heading(BilanFormTexts.History(l));
        foreach (var version in history.TakeLast(HistoryShown).Reverse())
        {
            yield return CardParts.Subtle($"v{version.Version} — {BilanTexts.Event(l, version.Event)} — {CardTexts.Touched(l, version.By, version.At)}");
            // Drafts saved after a request for changes carry its comment too: it is shown once, on the review.
            if (version is { Event: BilanEvent.Validated or BilanEvent.ChangesRequested, Comment: { } comment })
            {
                yield return CardParts.Subtle(l.Pick($"Commentaire : « {comment} »", $"Comment: “{comment}”"));
            }
        }
    }
}
