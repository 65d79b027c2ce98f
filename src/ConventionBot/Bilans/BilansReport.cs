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
        return [CardParts.Heading(Heading(convention, language)), new AdaptiveFactSet { Facts = facts }];
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

    /// <summary>Per year, the campaign's deadline for the chantiers still owed, and each extension granted to a chantier on its own date.</summary>
    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        var deadlines = new List<Deadline>();
        foreach (var year in await LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            if (year.Campaign is not { } campaign)
            {
                continue;
            }
            foreach (var owed in year.Chantiers.Where(c => !c.IsHandedIn).GroupBy(c => year.DeadlineOf(c.Chantier)!.Value))
            {
                var end = ParisTime.EndOf(owed.Key);
                var numbers = string.Join(", ", owed.Select(c => c.Chantier));
                var item = convention.Levels.Item;
                var title = owed.Key == campaign.Deadline
                    ? language.Pick($"Bilan {year.Year} : remise des {item.Plural}", $"{year.Year} bilan: {item.EnglishPlural} due")
                    : language.Pick($"Bilan {year.Year} : {item.Singular} {numbers}, échéance reportée", $"{year.Year} bilan: {item.English} {numbers}, extended deadline");
                deadlines.Add(new Deadline(end.AddMinutes(-1), title, Detail(year, owed.Count(), item, language), now >= end));
            }
        }
        return deadlines;
    }

    /// <summary>"Bilans annuels (art. 5)": the article only when the definition gives it.</summary>
    private static string Heading(ConventionDefinition convention, Language language) =>
        language.Pick("Bilans annuels", "Annual bilans") + ConventionArticle.Cite(convention.AnnualBilan?.Article);

    /// <summary>Chantiers by years: each bilan's status and who touched it last; the chart counts the validated ones per year.</summary>
    public async Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var years = await LoadAllAsync(convention, cancellationToken).ConfigureAwait(false);
        var today = ParisTime.DateOf(now);
        var rows = convention.Chantiers.Select(chantier => new DashboardRow(
            $"{chantier.Number}. {chantier.ShortTitle}",
            [.. years.Select(year => Cell(year, year.Chantier(chantier.Number), today, language))]));
        var item = convention.Levels.Item;
        return new DashboardPanel(Order, Heading(convention, language), item.Title(language),
            [.. years.Select(y => Year(y.Year))], [.. rows])
        {
            ColumnCommands = [.. years.Select(y => language.Pick($"bilan {y.Year}", $"report {y.Year}"))],
            Chart = new DashboardChart(
                language.Pick($"{item.Titles(language)} {item.Agree("validés", "validées")} par année", $"{item.Titles(language)} validated per year"),
                [.. years.Select(y => new DashboardBar(Year(y.Year), y.Count(BilanStatus.Validated), y.Chantiers.Count, null, language.Pick(
                    $"{y.Year} : {NumberText.Count(y.Count(BilanStatus.Validated), language, $"{item.Singular} {item.Agree("validé", "validée")}", $"{item.Plural} {item.Agree("validés", "validées")}")} sur {y.Chantiers.Count}",
                    $"{y.Year}: {y.Count(BilanStatus.Validated)} of {y.Chantiers.Count} {item.EnglishPlural} validated")))]),
        };
    }

    private static DashboardCell Cell(BilanYear year, ChantierBilan bilan, DateOnly today, Language language)
    {
        if (year.Campaign is null)
        {
            return new DashboardCell(language.Pick("campagne non ouverte", "campaign not open"), DashboardTone.Neutral);
        }
        var tone = bilan.Status switch
        {
            BilanStatus.Validated => DashboardTone.Done,
            BilanStatus.Submitted => DashboardTone.Attention,
            _ when today > year.DeadlineOf(bilan.Chantier) => DashboardTone.Late,
            BilanStatus.NotStarted => DashboardTone.Neutral,
            _ => DashboardTone.InProgress,
        };
        var touched = CardTexts.Touched(language, bilan.LastBy, bilan.LastAt);
        return new DashboardCell(BilanLabels.Status(language, bilan.Status), tone, touched.Length == 0 ? null : touched);
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Detail(BilanYear year, int owed, LevelWord item, Language language) => language.Pick(
        $"{NumberText.Count(owed, language, item.Singular, item.Plural)} sur {year.Chantiers.Count} encore à soumettre",
        $"{owed} of {NumberText.Count(year.Chantiers.Count, language, item.English, item.EnglishPlural)} still to submit");

    // The funding report needs the same years (a validated bilan ticks the dossier): a card reads them once.
    private Task<IReadOnlyList<BilanYear>> LoadAllAsync(ConventionDefinition convention, CancellationToken cancellationToken) =>
        bilans.LoadSharedYearsAsync(convention, cancellationToken);
}
