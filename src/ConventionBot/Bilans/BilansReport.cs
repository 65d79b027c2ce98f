using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>The bilan's part of the convention and chantier cards: status per year, and the open campaigns' deadlines.</summary>
internal sealed class BilansReport(BilanStore bilans) : IConventionReport
{
    public int Order => 30;

    public async Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var facts = new List<AdaptiveFact>();
        foreach (var year in await LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            var value = year.Campaign is { } campaign
                ? language.Pick($"date limite {DateText.Numeric(campaign.Deadline)} — ", $"deadline {DateText.Numeric(campaign.Deadline)} — ") + BilanLabels.ProgressValue(language, year)
                : language.Pick("campagne non ouverte", "campaign not open");
            facts.Add(new AdaptiveFact { Title = language.Pick($"Bilan {year.Year}", $"Bilan {year.Year}"), Value = value });
        }
        return [CardParts.Heading(language.Pick("Bilans annuels (art. 5)", "Annual bilans (art. 5)")), new AdaptiveFactSet { Facts = facts }];
    }

    public async Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(
        ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chantier);
        var facts = new List<AdaptiveFact>();
        foreach (var year in await LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            var bilan = year.Chantier(chantier.Number);
            var touched = CardTexts.Touched(language, bilan.LastBy, bilan.LastAt);
            var value = year.Campaign is null
                ? language.Pick("campagne non ouverte", "campaign not open")
                : BilanLabels.Status(language, bilan.Status) + (touched.Length == 0 ? "" : " — " + touched);
            facts.Add(new AdaptiveFact { Title = year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = value });
        }
        return [CardParts.Heading(language.Pick("Bilan annuel", "Annual bilan")), new AdaptiveFactSet { Facts = facts }];
    }

    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        var deadlines = new List<Deadline>();
        foreach (var year in await LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            var owed = year.Chantiers.Count(c => !c.IsHandedIn);
            if (year.Campaign is { } campaign && owed > 0)
            {
                var end = ParisTime.EndOf(campaign.Deadline);
                deadlines.Add(new Deadline(
                    end.AddMinutes(-1),
                    language.Pick($"Bilan {year.Year} : remise des chantiers", $"{year.Year} bilan: workstreams due"),
                    language.Pick(
                        $"{NumberText.Count(owed, language, "chantier", "chantiers")} sur {year.Chantiers.Count} encore à soumettre",
                        $"{owed} of {NumberText.Count(year.Chantiers.Count, language, "workstream", "workstreams")} still to submit"),
                    now >= end));
            }
        }
        return deadlines;
    }

    // The funding report needs the same years (a validated bilan ticks the dossier): a card reads them once.
    private Task<IReadOnlyList<BilanYear>> LoadAllAsync(ConventionDefinition convention, CancellationToken cancellationToken) =>
        bilans.LoadSharedYearsAsync(convention, cancellationToken);
}
