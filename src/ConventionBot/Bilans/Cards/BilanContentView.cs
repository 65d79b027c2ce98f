using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>A chantier bilan shown read-only: for a validated chantier, or the latest version after a conflict.</summary>
internal static class BilanContentView
{
    public static IEnumerable<AdaptiveElement> Elements(BilanContent content, ConventionDefinition convention, Chantier chantier, Language l)
    {
        yield return new AdaptiveFactSet
        {
            Facts =
            [
                Fact(BilanFormTexts.Label(l, BilanForm.Modalities), content.ModalityNames(convention)),
                Fact(BilanFormTexts.Label(l, BilanForm.Progress), content.Progress is { } p ? BilanLabels.Progress(l, p) : ""),
                .. chantier.Indicators.Select(f => Fact(f.Label(l), content.Figures.TryGetValue(f.Id, out var v) ? f.Format(v, l) : "")),
            ],
        };
        foreach (var (id, text) in new[] { (BilanForm.Actions, content.Actions), (BilanForm.Difficulties, content.Difficulties), (BilanForm.Outlook, content.Outlook) })
        {
            yield return new AdaptiveTextBlock { Text = BilanFormTexts.Label(l, id), Weight = AdaptiveTextWeight.Bolder, Wrap = true };
            yield return CardParts.Text(text.Length == 0 ? BilanFormTexts.Empty(l) : text);
        }
    }

    private static AdaptiveFact Fact(string title, string value) =>
        new() { Title = title, Value = value.Length == 0 ? "—" : value };
}
