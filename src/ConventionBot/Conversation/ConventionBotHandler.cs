using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ConventionBot.Access;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using Microsoft.Extensions.Options;

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
    BotReplyRenderer renderer,
    IEnumerable<IFileReceiver> fileReceivers,
    IOptions<ConversationOptions> options,
    ILogger<ConventionBotHandler> logger) : ActivityHandler
{
    // How turns that show the help card are named in telemetry: the help words are not a registered command.
    private const string HelpCommand = "aide";

    private readonly string? _localeOverride = options.Value.LocaleOverride is { Length: > 0 } locale ? locale : null;

    // "aide" is the message users send most. Its card depends only on the language (commands are all registered
    // at start-up), so it is built and serialized once per language instead of on every request.
    private readonly ConcurrentDictionary<Language, Attachment> _helpCards = new();

    // Who is calling is decided once per turn, here, and read by the handlers the turn is routed to;
    // an entry lives as long as its turn.
    private readonly ConditionalWeakTable<ITurnContext, Caller> _callers = new();

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        activity.Locale = _localeOverride ?? activity.Locale;
        var caller = Caller.Identify(activity, access);
        _callers.AddOrUpdate(turnContext, caller);
        if (!IsBotLeaving(activity) && caller.IsAllowed)
        {
            await references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var caller = CallerOf(turnContext);
        var files = ReceivedFile.Of(turnContext.Activity);
        var answer = !caller.IsAllowed ? renderer.ToActivity(Refuse(turnContext, caller))
            : files.Count > 0 && fileReceivers.FirstOrDefault() is { } receiver
                ? renderer.ToActivity(await receiver.ReceiveAsync(turnContext, caller, text, files, cancellationToken).ConfigureAwait(false))
            : CommandText.IsHelp(text) ? MessageFactory.Attachment(HelpCard(turnContext, caller.Language))
            : renderer.ToActivity(await RunCommandAsync(turnContext, caller, text, cancellationToken).ConfigureAwait(false));
        await turnContext.SendActivityAsync(answer, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        var caller = CallerOf(turnContext);
        var data = action.Data ?? JsonDocument.Parse("{}").RootElement;
        var verb = action.Verb ?? "";
        // Only verbs some feature registered are named: the client could send any text here.
        turnContext.Telemetry.CardVerb = verb == ConversationCards.RunVerb || actions.Handles(verb) ? verb : "unknown";
        BotReply? reply = !caller.IsAllowed ? Refuse(turnContext, caller)
            : verb == ConversationCards.RunVerb ? await RunButtonAsync(turnContext, caller, ReadCommand(data), cancellationToken).ConfigureAwait(false)
            : await actions.ExecuteAsync(new CardActionRequest(turnContext, caller, verb, data), cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            turnContext.Telemetry.Outcome = "unsupported";
            return InvokeResponses.Error(400, "NotSupported", ConversationTexts.ActionNotSupported(caller.Language));
        }
        if (reply.Card is not null && CardData.OpensNewCard(data))
        {
            // Navigation: the clicked card stays as it was, the card it opens comes below it.
            await turnContext.SendActivityAsync(renderer.ToActivity(reply), cancellationToken).ConfigureAwait(false);
            return InvokeResponses.Message(ConversationTexts.OpenedBelow(caller.Language));
        }
        return renderer.ToInvokeResponse(reply);
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

    // A command button (Action.Execute with the run verb): help or a command, as if typed.
    private Task<BotReply> RunButtonAsync(ITurnContext turnContext, Caller caller, string text, CancellationToken cancellationToken)
    {
        if (CommandText.IsHelp(text))
        {
            turnContext.Telemetry.Command = HelpCommand;
            return Task.FromResult(BotReply.WithCard(ConversationCards.Help(router.Commands, caller.Language)));
        }
        return RunCommandAsync(turnContext, caller, text, cancellationToken);
    }

    /// <summary>Runs a command that is not help (the callers answer help themselves).</summary>
    private Task<BotReply> RunCommandAsync(ITurnContext turnContext, Caller caller, string text, CancellationToken cancellationToken)
    {
        if (router.Find(text) is var (command, keyword, arguments))
        {
            turnContext.Telemetry.Command = command.Keywords[0];
            return command.ExecuteAsync(new CommandRequest(turnContext, caller, arguments) { Keyword = keyword }, cancellationToken);
        }
        turnContext.Telemetry.Outcome = "not_understood";
        return Task.FromResult(BotReply.WithCard(ConversationCards.NotUnderstood(text, router.Nearest(text, 3), caller.Language)));
    }

    private Caller CallerOf(ITurnContext turnContext) =>
        _callers.TryGetValue(turnContext, out var caller) ? caller : Caller.Identify(turnContext.Activity, access);

    private BotReply Refuse(ITurnContext turnContext, Caller caller)
    {
        turnContext.Telemetry.Outcome = "refused";
        ConversationLog.TenantRefused(logger, caller.TenantId ?? "(none)");
        return BotReply.WithText(ConversationTexts.TenantRefused(caller.Language));
    }

    private Task MarkInactiveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Conversation?.Id is { } id ? references.MarkInactiveAsync(id, cancellationToken) : Task.CompletedTask;

    private static string ReadCommand(JsonElement data) => CardData.Text(data, "command") ?? "";

    private Attachment HelpCard(ITurnContext turnContext, Language language)
    {
        turnContext.Telemetry.Command = HelpCommand;
        return _helpCards.GetOrAdd(language, static (l, state) => state.renderer.ToAttachment(ConversationCards.Help(state.Commands, l)), (renderer, router.Commands));
    }

    private static bool IsBotLeaving(Activity activity) =>
        activity.Action is "remove" or "remove-upgrade"
        || (activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) ?? false);
}
