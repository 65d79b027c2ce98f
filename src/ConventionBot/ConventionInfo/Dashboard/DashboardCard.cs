using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The dashboard in chat: per panel, one line per row with each column's symbol and words (a panel of dozens of rows,
/// a PLH's actions, is summed up per column: how many cells in each state); the next deadline; the tab's button.
/// </summary>
internal static class DashboardCard
{
    /// <summary>Beyond this many rows, a panel is summed up per column so that the card stays under Teams' cap.</summary>
    public const int MaxRows = 20;

    public static AdaptiveCard Build(Dashboard dashboard, Language l, Uri tab)
    {
        var title = l.Pick("Tableau de bord", "Dashboard");
        var body = new List<AdaptiveElement> { CardParts.Title(title), CardParts.Subtle(dashboard.Standing.Convention.Title) };
        foreach (var panel in dashboard.Panels)
        {
            body.Add(CardParts.Heading(panel.Title));
            body.Add(new AdaptiveFactSet { Facts = panel.Rows.Count <= MaxRows ? [.. panel.Rows.Select(Fact)] : [.. Summary(panel, l)] });
            AdaptiveFact Fact(DashboardRow row) => new()
            {
                Title = row.Header,
                Value = string.Join(" · ", row.Cells.Select((cell, i) => $"{panel.Columns[i]} {Dashboard.Symbol(cell.Tone)} {cell.Text}")),
            };
        }
        var next = dashboard.Deadlines.Count > 0 ? dashboard.Deadlines[0] : null;
        body.Add(CardParts.Heading(l.Pick("Prochaine échéance", "Next deadline")));
        body.Add(CardParts.Text(next is null
            ? l.Pick("Aucune dans les 90 prochains jours.", "None in the next 90 days.")
            : (next.IsOverdue ? l.Pick("⚠ En retard : ", "⚠ Overdue: ") : "") + $"{DateText.Numeric(ParisTime.DateOf(next.When))} — {next.Title}"));
        body.Add(CardParts.Subtle(string.Join(" · ", Dashboard.Tones.Select(t => $"{Dashboard.Symbol(t)} {Dashboard.ToneName(t, l)}"))));
        return CardParts.Card(body, [new AdaptiveOpenUrlAction { Title = l.Pick("Ouvrir le tableau de bord", "Open the dashboard"), Url = tab }], title);
    }

    /// <summary>One fact per column: "2016: ✓ 3 fait · ⏳ 1 en cours · 56 sans objet"-like counts of the column's cells by state.</summary>
    private static IEnumerable<AdaptiveFact> Summary(DashboardPanel panel, Language l) =>
        panel.Columns.Select((column, i) => new AdaptiveFact
        {
            Title = column,
            Value = string.Join(" · ", panel.Rows.GroupBy(r => r.Cells[i].Tone).OrderBy(g => g.Key)
                .Select(g => $"{Dashboard.Symbol(g.Key)} {NumberText.Number(g.Count(), l)} {Dashboard.ToneName(g.Key, l)}")),
        });
}
