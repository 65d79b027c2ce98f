using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.Calendar;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(0, "0", "0")]
    [InlineData(999, "999", "999")]
    [InlineData(2500, "2\u202f500", "2,500")]
    [InlineData(1234567, "1\u202f234\u202f567", "1,234,567")]
    public void Number_Thousands_FrenchUsesTheNarrowNoBreakSpace(long value, string french, string english)
    {
        Assert.Equal(french, NumberText.Number(value, Language.French));
        Assert.Equal(english, NumberText.Number(value, Language.English));
    }

    [Fact]
    public void Amount_Euros_French_NeverBreaksBeforeTheSymbol()
    {
        Assert.Equal("20\u202f000\u00a0€", NumberText.Amount(20000m, "EUR", Language.French));
        Assert.Equal("15\u202f000,5\u00a0€", NumberText.Amount(15000.5m, "EUR", Language.French));
    }

    [Fact]
    public void Amount_Euros_English_PutsTheSymbolFirst()
    {
        Assert.Equal("€20,000", NumberText.Amount(20000m, "EUR", Language.English));
        Assert.Equal("€15,000.5", NumberText.Amount(15000.5m, "EUR", Language.English));
    }

    [Fact]
    public void Amount_OtherCurrency_KeepsItsCode()
    {
        Assert.Equal("1\u202f000\u00a0CHF", NumberText.Amount(1000m, "CHF", Language.French));
    }

    [Theory]
    [InlineData(0, Language.French, "0 chantier validé")]
    [InlineData(1, Language.French, "1 chantier validé")]
    [InlineData(2, Language.French, "2 chantiers validés")]
    [InlineData(0, Language.English, "0 validated workstreams")]
    [InlineData(1, Language.English, "1 validated workstream")]
    public void Count_AgreesTheNounWithTheNumber(long value, Language language, string expected)
    {
        var text = language == Language.French
            ? NumberText.Count(value, language, "chantier validé", "chantiers validés")
            : NumberText.Count(value, language, "validated workstream", "validated workstreams");

        Assert.Equal(expected, text);
    }
}
