using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

public sealed class AdaptiveElementJsonTests
{
    [Fact]
    public void Serialize_ColumnWidths_WritesKeywordsAsStringsAndWeightsAsNumbers()
    {
        var columns = new AdaptiveColumnSet
        {
            Columns =
            [
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Auto },
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Stretch },
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Weighted(3) },
                new AdaptiveColumn(),
            ],
        };

        var json = AdaptiveCardJson.ToJsonElement(new AdaptiveCard { Body = [columns] }).GetProperty("body")[0].GetRawText();

        Assert.Equal(
            """{"type":"ColumnSet","columns":[{"type":"Column","width":"auto"},{"type":"Column","width":"stretch"},{"type":"Column","width":3},{"type":"Column"}]}""",
            json);
    }

    [Fact]
    public void Weighted_ZeroWeight_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveColumnWidth.Weighted(0));
    }

    [Fact]
    public void Serialize_DateAndTimeInputs_WritesIsoDateAndHourMinute()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new AdaptiveDateInput { Id = "d", Value = new DateOnly(2024, 3, 9), Max = new DateOnly(2024, 12, 31) },
                new AdaptiveTimeInput { Id = "t", Value = new TimeOnly(9, 5, 59), Min = new TimeOnly(8, 0) },
            ],
        };

        var body = AdaptiveCardJson.ToJsonElement(card).GetProperty("body");

        Assert.Equal("2024-03-09", body[0].GetProperty("value").GetString());
        Assert.Equal("2024-12-31", body[0].GetProperty("max").GetString());
        Assert.False(body[0].TryGetProperty("min", out _));
        Assert.Equal("09:05", body[1].GetProperty("value").GetString());
        Assert.Equal("08:00", body[1].GetProperty("min").GetString());
        Assert.False(body[1].TryGetProperty("max", out _));
    }

    [Fact]
    public void Serialize_NumberInputAtZero_WritesZeroValues()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveNumberInput { Id = "n", Min = 0, Value = 0 }] };

        var input = AdaptiveCardJson.ToJsonElement(card).GetProperty("body")[0];

        Assert.Equal(0, input.GetProperty("min").GetDouble());
        Assert.Equal(0, input.GetProperty("value").GetDouble());
        Assert.False(input.TryGetProperty("max", out _));
    }
}
