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

    [Theory]
    [InlineData("chantier 5", 60, "chantier 5")]
    [InlineData("  bilan\n\t2024  ", 60, "bilan 2024")]
    [InlineData("un deux trois quatre cinq six", 20, "un deux trois…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…")]
    [InlineData("a bcdefghijklmnopqrstuvwxyz", 10, "a bcdefgh…")]
    public void Excerpt_LongText_CutAfterAWholeWordWhenOneEndsInItsSecondHalf(string typed, int max, string expected)
    {
        Assert.Equal(expected, Typography.Excerpt(typed, max));
    }

    [Fact]
    public void Excerpt_EmojiAtTheCut_IsNeverSplit()
    {
        var excerpt = Typography.Excerpt(new string('a', 8) + "👩‍👩‍👧" + "bbb", 10);

        Assert.Equal(new string('a', 8) + "…", excerpt);
    }
}
