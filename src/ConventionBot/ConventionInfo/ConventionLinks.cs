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

    public static AdaptiveExecuteAction Summary(ConventionDefinition convention, string title) =>
        Button(title, SummaryVerb, convention);

    public static AdaptiveExecuteAction Chantiers(ConventionDefinition convention, string title) =>
        Button(title, ChantiersVerb, convention);

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
