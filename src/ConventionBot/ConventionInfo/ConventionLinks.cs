using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// Buttons between the convention cards, each answered by a new card. They carry the convention's id, so a card about an older
/// convention keeps showing that convention; <see cref="ConventionInfoAction"/> answers them.
/// </summary>
internal static class ConventionLinks
{
    public const string SummaryVerb = "convention.summary";
    public const string ChantiersVerb = "convention.chantiers";
    public const string ChantierVerb = "convention.chantier";
    public const string DeadlinesVerb = "convention.deadlines";

    public const string ConventionKey = "convention";
    public const string ChantierKey = "chantier";
    public const string PageKey = "page";
    public const string GroupKey = "group";

    public static AdaptiveExecuteAction Summary(ConventionDefinition convention, string title) =>
        Button(title, SummaryVerb, convention);

    /// <param name="page">The page of the list to show (1 when null).</param>
    /// <param name="group">Only that group's items (an <c>orientation 3</c> list) when set.</param>
    public static AdaptiveExecuteAction Chantiers(ConventionDefinition convention, string title, int? page = null, int? group = null)
    {
        var button = Button(title, ChantiersVerb, convention);
        if (page is { } p)
        {
            button.Data![PageKey] = p;
        }
        if (group is { } g)
        {
            button.Data![GroupKey] = g;
        }
        return button;
    }

    public static AdaptiveExecuteAction Deadlines(ConventionDefinition convention, string title) =>
        Button(title, DeadlinesVerb, convention);

    public static AdaptiveExecuteAction Chantier(ConventionDefinition convention, Chantier chantier, string title)
    {
        var button = Button(title, ChantierVerb, convention);
        button.Data![ChantierKey] = chantier.Number;
        return button;
    }

    private static AdaptiveExecuteAction Button(string title, string verb, ConventionDefinition convention) =>
        new() { Title = title, Verb = verb, Data = CardData.OpeningNewCard(new JsonObject { [ConventionKey] = convention.Id }) };
}
