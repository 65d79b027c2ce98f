using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>
/// The dashboard's indicators panel: each year's total of the numeric indicators the items report, against the yearly
/// target where the definition gives one. Every indicator when the items share the definition's (the 2022-2024
/// convention's six figures); otherwise those with a target (a PLH's dozens of indicators would drown them).
/// Reads the years the bilans panel reads (<see cref="BilanStore.LoadSharedYearsAsync"/>): no query of its own.
/// </summary>
internal sealed class IndicatorsReport(BilanStore bilans) : IConventionReport
{
    public int Order => 31;

    public Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdaptiveElement>>([]);

    public Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(
        ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdaptiveElement>>([]);

    public Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Deadline>>([]);

    public async Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var indicators = convention.AllIndicators
            .Where(i => i.IsNumeric && (convention.ItemsShareIndicators || convention.YearlyTarget(i) is not null))
            .ToList();
        if (indicators.Count == 0)
        {
            return null;
        }
        var years = await bilans.LoadSharedYearsAsync(convention, cancellationToken).ConfigureAwait(false);
        var item = convention.Levels.Item;
        var rows = indicators.Select(indicator => new DashboardRow(
            indicator.Label(language),
            [.. years.Select(year => Cell(convention, year, indicator, language))]));
        return new DashboardPanel(Order, language.Pick("Indicateurs : total de l’année", "Indicators: the year’s total"), language.Pick("Indicateur", "Indicator"),
            [.. years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))], [.. rows])
        {
            ColumnCommands = [.. years.Select(y => language.Pick($"export bilan {y.Year}", $"export report {y.Year}"))],
        };

        DashboardCell Cell(ConventionDefinition definition, BilanYear year, Indicator indicator, Language l)
        {
            var values = year.Chantiers
                .Where(c => c.Content.Figures.ContainsKey(indicator.Id))
                .Select(c => (c.Chantier, Value: Indicator.Number(c.Content.Figures[indicator.Id])))
                .Where(v => v.Value is not null)
                .ToList();
            var reporting = string.Join(", ", definition.Reporting(indicator).Select(c => c.Number));
            var detail = $"{item.Titles(l)} {reporting}";
            if (values.Count == 0)
            {
                return new DashboardCell(l.Pick("non renseigné", "not reported"), DashboardTone.Neutral, detail);
            }
            var total = values.Sum(v => v.Value!.Value);
            var target = definition.YearlyTarget(indicator);
            var text = indicator.FormatNumber(total, l) + (target is { } t ? " — " + (indicator with { Target = t }).AgainstTarget(total, l) : "");
            var tone = target is null ? DashboardTone.Neutral : total >= target ? DashboardTone.Done : DashboardTone.InProgress;
            return new DashboardCell(text, tone, detail);
        }
    }
}
