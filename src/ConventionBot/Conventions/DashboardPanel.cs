namespace ConventionBot.Conventions;

/// <summary>
/// A feature's part of the dashboard (the Teams tab and its chat card): a table whose columns are usually the
/// convention's years, one row per thing followed (a chantier, an instance, a step of the contribution), and an
/// optional chart. The tab renders it as an HTML table and an SVG; the card as symbols and words.
/// </summary>
public sealed record DashboardPanel(int Order, string Title, string Corner, IReadOnlyList<string> Columns, IReadOnlyList<DashboardRow> Rows)
{
    public DashboardChart? Chart { get; init; }

    /// <summary>The chat command showing each column's card (e.g. <c>bilan 2024</c>), for links from the tab to the chat; null for none.</summary>
    public IReadOnlyList<string>? ColumnCommands { get; init; }

    /// <summary>The chat command showing the panel's card as a whole (e.g. <c>réunions</c>); null for none.</summary>
    public string? Command { get; init; }
}

public sealed record DashboardRow(string Header, IReadOnlyList<DashboardCell> Cells);

/// <summary>A cell: its words (never a colour or symbol alone), its state, and who or what is behind it.</summary>
public sealed record DashboardCell(string Text, DashboardTone Tone, string? Detail = null);

/// <summary>A cell's state, shown as a colour, a symbol and the cell's words together.</summary>
public enum DashboardTone
{
    /// <summary>Nothing to do yet, or not applicable.</summary>
    Neutral,

    /// <summary>Under way, within its time.</summary>
    InProgress,

    /// <summary>Needs someone's action (to review, below a minimum in a year not over).</summary>
    Attention,

    /// <summary>Past its date and not done.</summary>
    Late,

    /// <summary>Done: validated, minimum met, paid.</summary>
    Done,
}

/// <summary>A bar chart: one bar per column, its value against a scale and an optional target line.</summary>
public sealed record DashboardChart(string Title, IReadOnlyList<DashboardBar> Bars);

/// <param name="Text">The bar in words, for the text alternative (e.g. "2023 : 5 chantiers validés sur 7").</param>
public sealed record DashboardBar(string Label, int Value, int Max, int? Target, string Text);
