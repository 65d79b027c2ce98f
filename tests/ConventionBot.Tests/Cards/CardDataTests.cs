using System.Text.Json;
using ConventionBot.Cards;

namespace ConventionBot.Tests.Cards;

public sealed class CardDataTests
{
    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData("""{"x":"  Lyon  "}""", "Lyon")]
    [InlineData("""{"x":"ligne 1\nligne 2\n"}""", "ligne 1\nligne 2")]
    [InlineData("""{"x":2024}""", "2024")]
    [InlineData("""{"x":true}""", "true")]
    public void Text_Value_IsTrimmedText(string json, string expected)
    {
        var text = CardData.Text(Data(json), "x");

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"x":""}""")]
    [InlineData("""{"x":"   \n\t "}""")]
    [InlineData("""{"x":null}""")]
    [InlineData("""{"x":{"y":"z"}}""")]
    [InlineData("""["x"]""")]
    public void Text_MissingEmptyOrBlank_IsAbsent(string json)
    {
        var text = CardData.Text(Data(json), "x");

        Assert.Null(text);
    }

    [Fact]
    public void Text_NoDataAtAll_IsAbsent()
    {
        Assert.Null(CardData.Text(default, "x"));
    }

    [Theory]
    [InlineData("""{"x":2024}""", 2024)]
    [InlineData("""{"x":"7"}""", 7)]
    [InlineData("""{"x":" 12 "}""", 12)]
    [InlineData("""{"x":"-1"}""", null)]
    [InlineData("""{"x":"7.5"}""", null)]
    [InlineData("""{"x":"sept"}""", null)]
    [InlineData("""{"x":" "}""", null)]
    [InlineData("""{}""", null)]
    public void Integer_Value_ReadsDigitsOnly(string json, int? expected)
    {
        var number = CardData.Integer(Data(json), "x");

        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("""{"x":"true"}""", true)]
    [InlineData("""{"x":" true "}""", true)]
    [InlineData("""{"x":true}""", true)]
    [InlineData("""{"x":"false"}""", false)]
    [InlineData("""{"x":""}""", false)]
    [InlineData("""{}""", false)]
    public void Toggle_Value_IsTrueOnlyForTrue(string json, bool expected)
    {
        var on = CardData.Toggle(Data(json), "x");

        Assert.Equal(expected, on);
    }

    [Fact]
    public void Collect_MixedInputs_TrimsAndTurnsAbsentIntoEmpty()
    {
        var data = Data("""{"a":" réunion ","b":"   ","c":3,"ignored":"x"}""");

        var inputs = CardData.Collect(data, ["a", "b", "c", "d"]);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "réunion", ["b"] = "", ["c"] = "3", ["d"] = "" }, inputs);
    }
}
