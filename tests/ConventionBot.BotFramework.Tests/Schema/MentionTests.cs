using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests.Schema;

public sealed class MentionTests
{
    private const string Bot = "28:bot";

    [Fact]
    public void RemoveRecipientMention_ChannelMessage_LeavesTheCommand()
    {
        var activity = ActivityDeserializationTests.Read(TeamsActivities.ChannelMessageWithMention);

        var text = activity.RemoveRecipientMention();

        Assert.Equal("bilan 2024", text);
        Assert.Equal("bilan 2024", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_DifferentCase_StillStrips()
    {
        var activity = Message("<AT>ConventionBot</AT>  aide ", Mention(Bot, "ConventionBot", "<at>ConventionBot</at>"));

        Assert.Equal("aide", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionWithoutText_StripsAtTagOfName()
    {
        var activity = Message("<at>ConventionBot</at> aide", Mention(Bot, "ConventionBot", text: null));

        Assert.Equal("aide", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_OtherUserMentioned_KeepsTheirMention()
    {
        var activity = Message(
            "<at>Claire</at> <at>ConventionBot</at> voir",
            Mention("29:claire", "Claire", "<at>Claire</at>"),
            Mention(Bot, "ConventionBot", "<at>ConventionBot</at>"));

        Assert.Equal("<at>Claire</at>  voir", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoText_ReturnsNull()
    {
        var activity = Message(null, Mention(Bot, "ConventionBot", "<at>ConventionBot</at>"));

        Assert.Null(activity.RemoveRecipientMention());
    }

    private static Activity Message(string? text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = Bot, Name = "ConventionBot" },
        Entities = entities,
    };

    private static Entity Mention(string id, string name, string? text) =>
        Entity.From(new Mention { Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text });
}
