using ConventionBot.Bilans;
using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

/// <summary>The definition's level words, agreed in French: articles, elision, demonstratives and gender.</summary>
public sealed class ConventionLevelsTests
{
    private static readonly LevelWord Chantier = ConventionLevels.Default.Item;
    private static readonly LevelWord Axe = ConventionLevels.Default.Group;
    private static readonly LevelWord Action = new("action", "actions", Feminine: true, "action", "actions");
    private static readonly LevelWord Orientation = new("orientation", "orientations", Feminine: true, "orientation", "orientations");

    [Theory]
    [MemberData(nameof(Words))]
    public void FrenchForms_AgreeWithGenderAndInitial(LevelWord word, string the, string of, string @this, string a, string numbered)
    {
        Assert.Equal(the, word.The(Language.French));
        Assert.Equal(of, word.Of(Language.French));
        Assert.Equal(@this, word.This(Language.French));
        Assert.Equal(a, word.A(Language.French));
        Assert.Equal(numbered, word.Numbered(12, Language.French));
    }

    public static TheoryData<LevelWord, string, string, string, string, string> Words() => new()
    {
        { Chantier, "le chantier", "du chantier", "ce chantier", "un chantier", "Chantier 12" },
        { Axe, "l’axe", "de l’axe", "cet axe", "un axe", "Axe 12" },
        { Action, "l’action", "de l’action", "cette action", "une action", "Action 12" },
        { Orientation, "l’orientation", "de l’orientation", "cette orientation", "une orientation", "Orientation 12" },
    };

    [Fact]
    public void BilanTexts_FollowTheItemsGender()
    {
        Assert.Equal("Retour au chantier", DelayTexts.BackToChantier(Language.French, Chantier));
        Assert.Equal("Retour à l’action", DelayTexts.BackToChantier(Language.French, Action));
        Assert.StartsWith("Cette action est validée\u00A0: elle n’est plus modifiable.", BilanFormTexts.ValidatedLocked(Language.French, Action), StringComparison.Ordinal);
        Assert.StartsWith("Ce chantier est validé\u00A0: il n’est plus modifiable.", BilanFormTexts.ValidatedLocked(Language.French, Chantier), StringComparison.Ordinal);
        Assert.Equal("Back to the action", DelayTexts.BackToChantier(Language.English, Action));
    }

    [Fact]
    public void Words_AreWhatUsersType()
    {
        Assert.Equal(["orientation", "orientations"], Orientation.Words);
        Assert.True(new ConventionLevels(Orientation, Action).Uses("actions"));
        Assert.False(ConventionLevels.Default.Uses("actions"));
    }
}
