using System.Collections.Concurrent;
using System.Text.Json;
using ConventionBot.Access;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Conversation;

/// <summary>
/// The bot's boundary: checks who is calling, remembers the conversation, and hands typed commands and
/// card clicks to the features that registered them. No HTTP and no feature storage here.
/// </summary>
internal sealed class ConventionBotHandler(
    ConversationReferenceStore references,
    AccessPolicy access,
    CommandRouter router,
    CardActionRouter actions,
    ILogger<ConventionBotHandler> logger) : ActivityHandler
{
    // "aide" is the message users send most. Its card depends only on the language (commands are all registered
    // at start-up), so it is built and serialized once per language instead of on every request.
    private readonly ConcurrentDictionary<Language, Attachment> _helpCards = new();

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!IsBotLeaving(activity) && access.Identify(activity).IsAllowed)
        {
            await references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var caller = access.Identify(turnContext.Activity);
        var answer = !caller.IsAllowed ? ToActivity(Refuse(caller))
            : CommandText.IsHelp(text) ? MessageFactory.Attachment(HelpCard(caller.Language))
            : ToActivity(await RunCommandAsync(turnContext, caller, text, cancellationToken).ConfigureAwait(false));
        await turnContext.SendActivityAsync(answer, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        var caller = access.Identify(turnContext.Activity);
        var data = action.Data ?? JsonDocument.Parse("{}").RootElement;
        BotReply? reply = !caller.IsAllowed ? Refuse(caller)
            : action.Verb == ConversationCards.RunVerb ? await RunCommandAsync(turnContext, caller, ReadCommand(data), cancellationToken).ConfigureAwait(false)
            : await actions.ExecuteAsync(new CardActionRequest(turnContext, caller, action.Verb ?? "", data), cancellationToken).ConfigureAwait(false);
        return reply switch
        {
            null => InvokeResponses.Error(400, "NotSupported", ConversationTexts.ActionNotSupported(caller.Language)),
            { Card: { } card } => InvokeResponses.Card(card),
            _ => InvokeResponses.Message(reply.Text!),
        };
    }

    // Teams sends both conversationUpdate (bot added) and installationUpdate (add) on install: welcome once, here.
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            var language = LanguageExtensions.FromLocale(turnContext.Activity.Locale);
            await turnContext.SendActivityAsync(MessageFactory.Text(ConversationTexts.Welcome(language)), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
        IsBotLeaving(turnContext.Activity) ? MarkInactiveAsync(turnContext, cancellationToken) : Task.CompletedTask;

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        MarkInactiveAsync(turnContext, cancellationToken);

    private Task<BotReply> RunCommandAsync(ITurnContext turnContext, Caller caller, string text, CancellationToken cancellationToken)
    {
        if (CommandText.IsHelp(text))
        {
            return Task.FromResult(BotReply.WithCard(ConversationCards.Help(router.Commands, caller.Language)));
        }
        return router.Find(text) is var (command, arguments)
            ? command.ExecuteAsync(new CommandRequest(turnContext, caller, arguments), cancellationToken)
            : Task.FromResult(BotReply.WithCard(ConversationCards.NotUnderstood(text, router.Nearest(text, 3), caller.Language)));
    }

    private BotReply Refuse(Caller caller)
    {
        ConversationLog.TenantRefused(logger, caller.TenantId ?? "(none)");
        return BotReply.WithText(ConversationTexts.TenantRefused(caller.Language));
    }

    private Task MarkInactiveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Conversation?.Id is { } id ? references.MarkInactiveAsync(id, cancellationToken) : Task.CompletedTask;

    private static string ReadCommand(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? command.GetString()!
            : "";

    private Attachment HelpCard(Language language) =>
        _helpCards.GetOrAdd(language, static (l, commands) => CardAttachment(ConversationCards.Help(commands, l)), router.Commands);

    internal static Activity ToActivity(BotReply reply) => reply.Card is { } card
        ? MessageFactory.Attachment(CardAttachment(card))
        : MessageFactory.Text(reply.Text!);

    private static Attachment CardAttachment(AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = AdaptiveCardJson.ToJsonElement(card) };

    private static bool IsBotLeaving(Activity activity) =>
        activity.Action is "remove" or "remove-upgrade"
        || (activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) ?? false);
}
