using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests.Schema;

public sealed class ActivityDeserializationTests
{
    [Fact]
    public void Deserialize_ChannelMessageWithMention_ReadsAddressAndTeamsChannelData()
    {
        var activity = Read(TeamsActivities.ChannelMessageWithMention);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 12, 45, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp?.Offset);
        Assert.Equal("6f1e0000-0000-4000-8000-0000000000c1", activity.From?.AadObjectId);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        var channelData = activity.GetChannelData<TeamsChannelData>();
        Assert.Equal(TeamsActivities.TenantId, channelData?.Tenant?.Id);
        Assert.Equal("19:team@thread.tacv2", channelData?.Team?.Id);
        Assert.Equal("Bilans", channelData?.Channel?.Name);
        Assert.True(channelData?.Properties?.ContainsKey("teamsChannelId"));
        Assert.Equal("Europe/Paris", activity.Properties?["localTimezone"].GetString());
    }

    [Fact]
    public void GetMentions_ChannelMessage_ReturnsOnlyMentionEntities()
    {
        var activity = Read(TeamsActivities.ChannelMessageWithMention);

        var mention = Assert.Single(activity.GetMentions());

        Assert.Equal(TeamsActivities.BotId, mention.Mentioned?.Id);
        Assert.Equal("<at>ConventionBot</at>", mention.Text);
    }

    [Fact]
    public void Deserialize_BotAddedToTeam_ShowsBotAmongMembersAdded()
    {
        var activity = Read(TeamsActivities.BotAddedToTeam);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Contains(activity.MembersAdded ?? [], member => member.Id == activity.Recipient?.Id);
        var channelData = activity.GetChannelData<TeamsChannelData>();
        Assert.Equal("teamMemberAdded", channelData?.EventType);
        Assert.Equal("Habitat PACA", channelData?.Team?.Name);
        Assert.Equal("9d2b0000-0000-4000-8000-0000000000aa", channelData?.Team?.AadGroupId);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("remove")]
    [InlineData("add-upgrade")]
    public void Deserialize_InstallationUpdate_ReadsAction(string action)
    {
        var activity = Read(TeamsActivities.InstallationUpdate(action));

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(action, activity.Action);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
    }

    [Fact]
    public void Deserialize_AdaptiveCardAction_ReadsInvokeValue()
    {
        var activity = Read(TeamsActivities.AdaptiveCardAction);

        var value = activity.Value?.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal(AdaptiveCardInvokeValue.InvokeName, activity.Name);
        Assert.Equal("Action.Execute", value?.Action?.Type);
        Assert.Equal("validerBilan", value?.Action?.Verb);
        Assert.Equal("B-2024-07", value?.Action?.Data?.GetProperty("bilanId").GetString());
        Assert.Equal("manual", value?.Trigger);
    }

    [Fact]
    public void Deserialize_ActionSubmit_KeepsValueAsJson()
    {
        var activity = Read(TeamsActivities.ActionSubmit);

        Assert.Null(activity.Text);
        Assert.Equal("1710407565999", activity.ReplyToId);
        Assert.Equal("favorable", activity.Value?.GetProperty("avis").GetString());
        Assert.Equal(12000, activity.Value?.GetProperty("montant").GetInt32());
    }

    internal static Activity Read(string json) =>
        JsonSerializer.Deserialize<Activity>(json, BotJson.Options) ?? throw new InvalidOperationException("null activity");
}
