using System.Globalization;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Width of a column: "auto", "stretch", or a relative weight written as a JSON number.</summary>
[JsonConverter(typeof(AdaptiveColumnWidthJsonConverter))]
public readonly record struct AdaptiveColumnWidth
{
    private AdaptiveColumnWidth(string? keyword, int weight)
    {
        Keyword = keyword;
        Weight = weight;
    }

    /// <summary>As wide as the content.</summary>
    public static AdaptiveColumnWidth Auto { get; } = new("auto", 0);

    /// <summary>Shares the remaining width with the other stretch columns.</summary>
    public static AdaptiveColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary>"auto" or "stretch"; null for a weighted width.</summary>
    public string? Keyword { get; }

    /// <summary>Relative weight; 0 for a keyword width.</summary>
    public int Weight { get; }

    /// <summary>A share of the width proportional to <paramref name="weight"/> among weighted columns.</summary>
    public static AdaptiveColumnWidth Weighted(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new AdaptiveColumnWidth(null, weight);
    }

    public override string ToString() => Keyword ?? Weight.ToString(CultureInfo.InvariantCulture);
}
