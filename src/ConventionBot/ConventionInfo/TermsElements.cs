using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>What the convention commits the parties to: governance, annual bilan, financial contribution.</summary>
internal static class TermsElements
{
    public static IEnumerable<AdaptiveElement> Commitments(ConventionDefinition convention, Language language)
    {
        yield return CardParts.Heading(InfoTexts.Governance(language));
        var facts = convention.Governance.Instances
            .Select(i => Fact(i.Code, InfoTexts.Meetings(i.Name, i.MinimumPerYear, language)))
            .ToList();
        if (convention.AnnualBilan is { } bilan)
        {
            facts.Add(Fact(InfoTexts.AnnualBilan(language), InfoTexts.BilanRule(ShortName(convention, bilan.AuthorPartyId), bilan.BeforeInstanceCode, language)));
        }
        yield return new AdaptiveFactSet { Facts = facts };
    }

    public static IEnumerable<AdaptiveElement> Contribution(ConventionDefinition convention, Language language)
    {
        if (convention.Contribution is not { } terms)
        {
            yield break;
        }
        yield return CardParts.Heading(InfoTexts.Contribution(language));
        yield return new AdaptiveFactSet
        {
            Facts =
            [
                Fact(InfoTexts.Amount(language), InfoTexts.PerYearAmount(NumberText.Amount(terms.AnnualAmount, terms.Currency, language), language)),
                Fact(InfoTexts.PaidBy(language), ShortName(convention, terms.PayerPartyId)),
                Fact(InfoTexts.CalledBy(language), ShortName(convention, terms.CallerPartyId)),
            ],
        };
        yield return CardParts.Subtle(terms.Purpose);
        yield return CardParts.Text(InfoTexts.Dossier(language));
        foreach (var document in terms.Documents)
        {
            yield return CardParts.Bullet(document.Label);
        }
    }

    private static AdaptiveFact Fact(string title, string value) => new() { Title = title, Value = value };

    private static string ShortName(ConventionDefinition convention, string partyId) =>
        convention.Party(partyId)?.ShortName ?? partyId;
}
