namespace ConventionBot.BotFramework.Schema;

/// <summary>Shortcuts to build outgoing message activities.</summary>
public static class MessageFactory
{
    public static Activity Text(string text)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = text;
        return activity;
    }

    /// <remarks>Teams splits text plus an attachment into two messages and then returns no id; send them separately when the id matters.</remarks>
    public static Activity Attachment(Attachment attachment, string? text = null)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Attachments = [attachment];
        activity.Text = text;
        return activity;
    }
}
