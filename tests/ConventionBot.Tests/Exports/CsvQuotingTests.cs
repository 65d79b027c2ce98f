using ConventionBot.Exports;

namespace ConventionBot.Tests.Exports;

public sealed class CsvQuotingTests
{
    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("il a dit \"oui\"", "\"il a dit \"\"oui\"\"\"")]
    [InlineData("ligne 1\nligne 2", "\"ligne 1\nligne 2\"")]
    [InlineData(" espace", "\" espace\"")]
    public void Quote_FieldsExcelWouldSplitOrTrim_AreQuotedWithQuotesDoubled(string field, string expected) =>
        Assert.Equal(expected, BilanCsvDocument.Quote(field));

    [Theory]
    [InlineData("=SOMME(A1)", "'=SOMME(A1)")]
    [InlineData("+33 4", "'+33 4")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("Réunions", "Réunions")]
    public void Text_StartingLikeAFormula_IsDefused(string value, string expected) =>
        Assert.Equal(expected, BilanCsvDocument.Text(value));
}
