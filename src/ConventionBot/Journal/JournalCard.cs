using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.Journal;

/// <summary>A page of the journal: one block per change (when, who, on what, what changed), then the next page's button.</summary>
internal static class JournalCard
{
    public const string PageVerb = "journal.page";

    /// <summary>The CSV export's button, answered by the Exports feature (signed links live there).</summary>
    public const string ExportVerb = "journal.export";
    public const string QueryKey = "query";
    public const string AfterKey = "after";

    /// <summary>The page; when it holds changes of several definitions, each change names its own.</summary>
    public static AdaptiveCard Build(JournalQuery query, JournalPage page, ConventionCatalog catalog, Language l)
    {
        var mixed = page.Entries.Select(e => e.ConventionId).Distinct().Count() > 1;
        ConventionDefinition? Named(JournalEntry entry) => mixed && entry.ConventionId is { } id ? catalog.Find(id) : null;
        var body = new List<AdaptiveElement> { CardParts.Title(JournalTexts.Title(l)), CardParts.Subtle(JournalTexts.Scope(l, query)) };
        body.AddRange(page.Entries.Count == 0
            ? [CardParts.Text(JournalTexts.Empty(l))]
            : page.Entries.Select(entry => new AdaptiveContainer
            {
                Separator = true,
                Items = [CardParts.Subtle(JournalTexts.Line(l, entry, Named(entry))), CardParts.Text(JournalTexts.Change(l, entry))],
            }));
        body.Add(CardParts.Subtle(JournalTexts.Filters(l, catalog)));
        var actions = new List<AdaptiveAction> { CardParts.Open(JournalTexts.Export(l), ExportVerb) };
        if (page.NextAfter is { } after)
        {
            actions.Insert(0, CardParts.Navigate(JournalTexts.Older(l), PageVerb, new JsonObject { [QueryKey] = query.Text, [AfterKey] = after }));
        }
        return CardParts.Card(body, actions, JournalTexts.Title(l));
    }
}
