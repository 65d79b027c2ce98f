using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests.Schema;

public sealed class BotJsonTests
{
    [Theory]
    [InlineData("channelData")]
    [InlineData("entities")]
    [InlineData("localTimezone")]
    public void Serialize_RoundTrip_KeepsFieldsTheSchemaDoesNotModel(string field)
    {
        var activity = ActivityDeserializationTests.Read(TeamsActivities.ChannelMessageWithMention);

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(TeamsActivities.ChannelMessageWithMention)![field],
            JsonNode.Parse(written)![field]));
    }

    [Fact]
    public void Serialize_RoundTripOfInvoke_KeepsValue()
    {
        var activity = ActivityDeserializationTests.Read(TeamsActivities.AdaptiveCardAction);

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsActivities.AdaptiveCardAction)!["value"], JsonNode.Parse(written)!["value"]));
    }

    [Fact]
    public void Serialize_UnsetProperties_AreOmitted()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Typing }, BotJson.Options);

        Assert.Equal("""{"type":"typing"}""", json);
    }

    [Fact]
    public void Serialize_TypedChannelData_WritesCamelCase()
    {
        var activity = MessageFactory.Text("Nouveau bilan");
        activity.ChannelData = new TeamsChannelData { Notification = new NotificationInfo { Alert = true } };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"Nouveau bilan","channelData":{"notification":{"alert":true}}}""", json);
    }

    [Fact]
    public void Serialize_AttachmentWithForeignContent_UsesContentRuntimeType()
    {
        var attachment = new Attachment
        {
            ContentType = "application/vnd.microsoft.card.adaptive",
            Content = new { type = "AdaptiveCard", version = "1.5" },
        };

        var json = JsonSerializer.Serialize(MessageFactory.Attachment(attachment), BotJson.Options);

        Assert.Equal(
            """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}]}""",
            json);
    }

    [Fact]
    public void EntityFrom_Mention_RoundTripsThroughGetAs()
    {
        var mention = new Mention { Mentioned = new ChannelAccount { Id = "29:user", Name = "Claire" }, Text = "<at>Claire</at>" };

        var entity = Entity.From(mention);
        var back = entity.GetAs<Mention>();

        Assert.Equal(Mention.EntityType, entity.Type);
        Assert.Equal("29:user", back?.Mentioned?.Id);
        Assert.Equal("<at>Claire</at>", back?.Text);
    }

    [Fact]
    public void Options_Shared_IsReadOnly()
    {
        Assert.True(BotJson.Options.IsReadOnly);
    }
}
