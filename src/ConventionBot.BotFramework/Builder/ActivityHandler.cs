using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Routes each activity to a virtual method (Microsoft.Bot.Builder <c>ActivityHandler</c> /
/// <c>TeamsActivityHandler</c>). Card actions arrive the same way whether the client sent an
/// Action.Execute invoke or, lacking Universal Actions, an Action.Submit message carrying the verb.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    /// <summary>A message: card submissions go to <see cref="OnAdaptiveCardActionAsync"/>, text (mention stripped, trimmed) to <see cref="OnMessageAsync"/>.</summary>
    protected virtual async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (SubmittedAction.TryRead(activity.Value, out var action))
        {
            var response = await OnAdaptiveCardActionAsync(turnContext, action, cancellationToken).ConfigureAwait(false);
            await SubmittedAction.DeliverAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
            return;
        }
        await OnMessageAsync(turnContext, activity.RemoveRecipientMention() ?? string.Empty, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task OnMessageAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }
        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            return OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }
        var eventType = activity.GetChannelData<TeamsChannelData>()?.EventType;
        return eventType is null ? Task.CompletedTask : OnTeamsEventAsync(eventType, turnContext, cancellationToken);
    }

    /// <summary>Members joined; the bot itself was added when a member's id is the recipient's id.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A Teams channel or team event: <c>channelCreated</c>, <c>channelRenamed</c>, <c>teamArchived</c>, ….</summary>
    protected virtual Task OnTeamsEventAsync(string eventType, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answers <c>adaptiveCard/action</c> as the Universal Action Model says (HTTP 200, status in the body); other invokes get 501.</summary>
    protected virtual async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != AdaptiveCardInvokeValue.InvokeName)
        {
            turnContext.InvokeResponse = new InvokeResponse { Status = 501 };
            return;
        }
        var body = ReadInvokeValue(turnContext.Activity.Value) switch
        {
            null => InvokeResponses.Error(400, "BadRequest", "Missing or malformed adaptiveCard/action value."),
            { Action.Type: not InvokeResponses.ExecuteActionType } => InvokeResponses.Error(400, "NotSupported", "Only Action.Execute is supported."),
            var value => await OnAdaptiveCardActionAsync(turnContext, value.Action!, cancellationToken).ConfigureAwait(false),
        };
        turnContext.InvokeResponse = new InvokeResponse { Status = 200, Body = body };
    }

    /// <summary>A card action by verb, from Action.Execute or its Action.Submit fallback. Answer with <see cref="InvokeResponses"/>.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponses.Error(400, "NotSupported", "This card action is not supported."));

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private static AdaptiveCardInvokeValue? ReadInvokeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }
        try
        {
            return element.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options) is { Action: not null } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null; // A value of the wrong shape is the client's error: answered 400 above.
        }
    }
}
