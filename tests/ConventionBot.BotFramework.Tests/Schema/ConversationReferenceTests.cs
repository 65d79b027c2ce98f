using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests.Schema;

public sealed class ConversationReferenceTests
{
    [Fact]
    public void GetConversationReference_IncomingMessage_KeepsWhatProactiveSendsNeed()
    {
        var activity = ActivityDeserializationTests.Read(TeamsActivities.ChannelMessageWithMention);

        var reference = activity.GetConversationReference();

        Assert.Equal("1710407565123", reference.ActivityId);
        Assert.Equal("29:1abcUser", reference.User?.Id);
        Assert.Equal("6f1e0000-0000-4000-8000-0000000000c1", reference.User?.AadObjectId);
        Assert.Equal(TeamsActivities.BotId, reference.Bot?.Id);
        Assert.Equal(TeamsActivities.TenantId, reference.Conversation?.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("fr-FR", reference.Locale);
        Assert.Equal(activity.ServiceUrl, reference.ServiceUrl);
    }

    [Fact]
    public void ApplyConversationReference_OutgoingMessage_IsAddressedFromBotToUser()
    {
        var reference = ActivityDeserializationTests.Read(TeamsActivities.ChannelMessageWithMention).GetConversationReference();

        var activity = MessageFactory.Text("Rappel").ApplyConversationReference(reference);

        Assert.Equal(TeamsActivities.BotId, activity.From?.Id);
        Assert.Equal("29:1abcUser", activity.Recipient?.Id);
        Assert.Equal(reference.Conversation?.Id, activity.Conversation?.Id);
        Assert.Equal(reference.ServiceUrl, activity.ServiceUrl);
        Assert.Equal("fr-FR", activity.Locale);
    }

    [Fact]
    public void GetContinuationActivity_Reference_IsEventFromUserToBot()
    {
        var reference = ActivityDeserializationTests.Read(TeamsActivities.BotAddedToTeam).GetConversationReference();

        var activity = reference.GetContinuationActivity();

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal("ContinueConversation", activity.Name);
        Assert.Equal("29:1abcUser", activity.From?.Id);
        Assert.Equal(TeamsActivities.BotId, activity.Recipient?.Id);
        Assert.Equal("19:team@thread.tacv2", activity.Conversation?.Id);
    }

    [Fact]
    public void CreateReply_IncomingMessage_AnswersInSameConversation()
    {
        var incoming = ActivityDeserializationTests.Read(TeamsActivities.ChannelMessageWithMention);

        var reply = incoming.CreateReply("Bien reçu");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Bien reçu", reply.Text);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(TeamsActivities.BotId, reply.From?.Id);
        Assert.Equal("29:1abcUser", reply.Recipient?.Id);
        Assert.Equal(incoming.Conversation?.Id, reply.Conversation?.Id);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
    }

    [Fact]
    public void ForTeamsPersonalChat_Ids_BuildsOneToOneParameters()
    {
        var parameters = ConversationParameters.ForTeamsPersonalChat("28:bot", "29:user", "tenant-1");

        Assert.False(parameters.IsGroup);
        Assert.Equal("29:user", Assert.Single(parameters.Members ?? []).Id);
        Assert.Equal("tenant-1", parameters.TenantId);
        Assert.Equal("tenant-1", Assert.IsType<TeamsChannelData>(parameters.ChannelData).Tenant?.Id);
    }
}
