using ConventionBot.Bilans.Contract;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>Delay buttons: the request form and its sending (contributors); the request's card, grant and refuse (admins).</summary>
internal sealed class DelayActions(
    ConventionCatalog catalog, BilanStore store, BilanDelays delays, BilanScreens screens, IReminderAudience audience) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } =
        [BilanVerbs.DelayForm, BilanVerbs.DelayAsk, BilanVerbs.DelayReview, BilanVerbs.DelayGrant, BilanVerbs.DelayRefuse];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        if (!YearCardData.TryRead(catalog, request.Data, out var convention, out var year, out var chantier))
        {
            return BotReply.WithText(YearTexts.CardOutdated(caller.Language));
        }
        if (request.Verb is BilanVerbs.DelayReview or BilanVerbs.DelayGrant or BilanVerbs.DelayRefuse && !caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var loaded = await store.LoadYearAsync(convention, year, cancellationToken).ConfigureAwait(false);
        var view = new DelayView(convention, loaded, chantier, caller.Language) { Typed = CardData.Collect(request.Data, DelayForm.InputIds) };
        var unaskable = Unaskable(view);
        if (loaded.Campaign is null || (request.Verb is BilanVerbs.DelayForm or BilanVerbs.DelayAsk && unaskable is not null))
        {
            return await ChantierAsync(view, caller, v => v with { Errors = unaskable is null ? [] : [unaskable] }, cancellationToken).ConfigureAwait(false);
        }
        return request.Verb switch
        {
            BilanVerbs.DelayForm => BotReply.WithCard(DelayCards.Form(view with { Typed = new Dictionary<string, string>() })),
            BilanVerbs.DelayAsk => await AskAsync(view, caller, cancellationToken).ConfigureAwait(false),
            BilanVerbs.DelayReview => view.Delay is null ? BotReply.WithText(YearTexts.CardOutdated(caller.Language)) : BotReply.WithCard(DelayCards.Request(view)),
            _ => await DecideAsync(view, request, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Why the chantier cannot ask now (handed in, or a request already waits); null when it can.</summary>
    private static string? Unaskable(DelayView view) =>
        view.Year.Chantier(view.Chantier.Number).IsHandedIn ? DelayTexts.HandedIn(view.Language, view.Convention.Levels.Item)
        : view.Delay is { Status: BilanDelayStatus.Pending } pending ? DelayTexts.AlreadyPending(view.Language, view.Convention, pending.Wished)
        : null;

    private async Task<BotReply> AskAsync(DelayView view, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var wished = DelayForm.ReadDate(view.Typed, view.Deadline, view.Language, errors);
        var reason = DelayForm.ReadText(view.Typed, DelayForm.Reason, required: true, view.Language, errors);
        if (errors.Count > 0 || wished is not { } date)
        {
            return BotReply.WithCard(DelayCards.Form(view with { Errors = errors }));
        }
        var outcome = await delays.AskAsync(view.Convention, view.Year, view.Chantier.Number, date, reason, caller, cancellationToken).ConfigureAwait(false);
        var asked = view with { Year = outcome.Year };
        if (outcome.Kind != DelayOutcomeKind.Saved)
        {
            return await ChantierAsync(asked, caller, v => v with { Errors = [Unaskable(asked) ?? DelayTexts.Changed(view.Language)] }, cancellationToken).ConfigureAwait(false);
        }
        var reached = (await audience.AdminsAsync(view.Convention.Id, cancellationToken).ConfigureAwait(false)).Count > 0;
        return await ChantierAsync(asked, caller, v => v with { Notice = DelayTexts.Sent(view.Language, view.Convention, reached, view.Year.Year) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> DecideAsync(DelayView view, CardActionRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var grant = request.Verb == BilanVerbs.DelayGrant;
        var granted = grant ? DelayForm.ReadDate(view.Typed, view.Deadline, view.Language, errors) : null;
        var comment = DelayForm.ReadText(view.Typed, DelayForm.Comment, required: false, view.Language, errors);
        if (errors.Count > 0)
        {
            return BotReply.WithCard(DelayCards.Request(view with { Errors = errors }));
        }
        var outcome = await delays.DecideAsync(
            view.Convention, view.Year, view.Chantier.Number, granted, comment, YearCardData.ETagOf(request.Data), request.Caller, cancellationToken).ConfigureAwait(false);
        var decided = view with { Year = outcome.Year, Typed = new Dictionary<string, string>() };
        return BotReply.WithCard(DelayCards.Request(outcome.Kind switch
        {
            DelayOutcomeKind.Saved => decided with { Notice = DelayTexts.DecidedNotice(view.Language, decided.Delay!.Status) },
            DelayOutcomeKind.Decided => decided with { Errors = new Dictionary<string, string> { [""] = DelayTexts.AlreadyDecided(view.Language) } },
            _ => decided with { Errors = new Dictionary<string, string> { [""] = DelayTexts.Changed(view.Language) } },
        }));
    }

    private Task<BotReply> ChantierAsync(DelayView view, Caller caller, Func<ChantierFormView, ChantierFormView> adjust, CancellationToken cancellationToken) =>
        screens.ShowChantierAsync(view.Convention, view.Year, view.Chantier, caller, adjust, cancellationToken);
}
