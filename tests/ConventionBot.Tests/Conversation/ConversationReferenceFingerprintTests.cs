using ConventionBot.Conversation;

namespace ConventionBot.Tests.Conversation;

public sealed class ConversationReferenceFingerprintTests
{
    [Fact]
    public void Of_SameFieldsInAnotherEntity_IsEqual()
    {
        Assert.Equal(ConversationReferenceFingerprint.Of(Reference()), ConversationReferenceFingerprint.Of(Reference()));
    }

    [Fact]
    public void Of_OneFieldChanged_Differs()
    {
        var moved = Reference();
        moved.ServiceUrl += "/";

        Assert.NotEqual(ConversationReferenceFingerprint.Of(Reference()), ConversationReferenceFingerprint.Of(moved));
    }

    [Fact]
    public void Of_SameCharactersSplitOtherwiseBetweenFields_Differs()
    {
        var (joined, split) = (Reference(), Reference());
        (joined.UserName, joined.Locale) = ("Camillefr-FR", null);
        (split.UserName, split.Locale) = ("Camille", "fr-FR");

        Assert.NotEqual(ConversationReferenceFingerprint.Of(joined), ConversationReferenceFingerprint.Of(split));
    }

    [Fact]
    public void Of_NullAndEmpty_Differ()
    {
        var (absent, empty) = (Reference(), Reference());
        (absent.Locale, empty.Locale) = (null, "");

        Assert.NotEqual(ConversationReferenceFingerprint.Of(absent), ConversationReferenceFingerprint.Of(empty));
    }

    private static ConversationReferenceEntity Reference() => new()
    {
        ConversationId = "a:personal-1", ConversationType = "personal", TenantId = "00000000-0000-0000-0000-0000000000aa",
        ServiceUrl = "https://smba.trafficmanager.net/emea", ChannelId = "msteams", BotId = "28:conventionbot", BotName = "ConventionBot",
        UserId = "29:user-1", UserName = "Camille Martin", UserAadObjectId = "11111111-1111-1111-1111-111111111111", Locale = "fr-FR",
    };
}
