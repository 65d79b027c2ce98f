using ConventionBot.Calendar;

namespace ConventionBot.Tests.Calendar;

public sealed class TypographyTests
{
    [Theory]
    [InlineData("Attention ; voir plus bas", "Attention\u202f; voir plus bas")]
    [InlineData("Bravo !", "Bravo\u202f!")]
    [InlineData("Qui pilote ?", "Qui pilote\u202f?")]
    [InlineData("Rappel\u00a0? Oui", "Rappel\u202f? Oui")]
    public void French_BeforeSemicolonExclamationQuestion_NarrowNoBreakSpace(string text, string expected)
    {
        Assert.Equal(expected, Typography.French(text));
    }

    [Fact]
    public void French_BeforeColon_NoBreakSpace()
    {
        Assert.Equal("les champs suivants\u00a0: bail réel", Typography.French("les champs suivants : bail réel"));
    }

    [Theory]
    [InlineData("la politique « Logement d'Abord »", "la politique «\u00a0Logement d’Abord\u00a0»")]
    [InlineData("le «Logement d’Abord»", "le «\u00a0Logement d’Abord\u00a0»")]
    public void French_Guillemets_NoBreakSpaceInside(string text, string expected)
    {
        Assert.Equal(expected, Typography.French(text));
    }

    [Fact]
    public void French_StraightApostrophe_BecomesCurly()
    {
        Assert.Equal("L’élaboration d’un plan", Typography.French("L'élaboration d'un plan"));
    }

    [Theory]
    [InlineData("https://example.org/a?b=1")]
    [InlineData("à 10:00")]
    [InlineData("Vraiment?!")]
    public void French_NoSpaceToReplace_IsLeftAlone(string text)
    {
        Assert.Equal(text, Typography.French(text));
    }

    [Fact]
    public void French_AppliedTwice_ChangesNothingMore()
    {
        var once = Typography.French("Qui ? « Lui » : l'AR HLM !");

        Assert.Equal(once, Typography.French(once));
    }
}
