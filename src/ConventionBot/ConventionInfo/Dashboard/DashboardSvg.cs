using System.Globalization;
using System.Text;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// A panel's chart as a server-rendered SVG of horizontal bars (one per column), a dashed line at the target, the
/// value written at the bar's end. Screen readers get the chart's title and every bar in words (title, desc, and the
/// visible caption list); colours come from the page's theme.
/// </summary>
internal static class DashboardSvg
{
    private const int Width = 480, LabelWidth = 60, BarHeight = 22, Gap = 10, ValueRoom = 40;

    /// <param name="id">Unique in the page: the chart's title and description are named by it.</param>
    public static string Figure(DashboardChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var scale = Math.Max(1, chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => Math.Max(b.Max, b.Target ?? 0)));
        var height = (chart.Bars.Count * (BarHeight + Gap)) + Gap;
        var span = Width - LabelWidth - ValueRoom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure><svg viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{DashboardHtml.Encode(chart.Title)}</title><desc id=\"{id}-d\">{DashboardHtml.Encode(string.Join(" ; ", chart.Bars.Select(b => b.Text)))}</desc>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = Gap + (i * (BarHeight + Gap));
            var length = bar.Value * span / scale;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{y + 16}\">{DashboardHtml.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{span}\" height=\"{BarHeight}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\"/>");
            if (bar.Target is { } target)
            {
                var x = LabelWidth + (target * span / scale);
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{x}\" x2=\"{x}\" y1=\"{y - 3}\" y2=\"{y + BarHeight + 3}\"/>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + span + 6}\" y=\"{y + 16}\">{bar.Value.ToString(CultureInfo.InvariantCulture)}</text>");
        }
        svg.Append("</svg><figcaption><strong>").Append(DashboardHtml.Encode(chart.Title)).Append("</strong><ul>");
        svg.AppendJoin("", chart.Bars.Select(b => $"<li>{DashboardHtml.Encode(b.Text)}</li>"));
        return svg.Append("</ul></figcaption></figure>").ToString();
    }
}
