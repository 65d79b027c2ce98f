using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Chantier buttons: open the card, save a draft, submit; validate or request changes (admins).</summary>
internal sealed class ChantierActions(ConventionCatalog catalog, BilanWorkflow bilans, BilanScreens screens) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } =
        [BilanVerbs.Form, BilanVerbs.Save, BilanVerbs.Submit, BilanVerbs.Validate, BilanVerbs.RequestChanges];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        if (!YearCardData.TryRead(catalog, request.Data, out var convention, out var year, out var chantier))
        {
            return BotReply.WithText(YearTexts.CardOutdated(caller.Language));
        }
        if (request.Verb == BilanVerbs.Form)
        {
            return await screens.ShowChantierAsync(convention, year, chantier, caller, v => v, cancellationToken).ConfigureAwait(false);
        }
        var review = request.Verb is BilanVerbs.Validate or BilanVerbs.RequestChanges;
        if (review && !caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var typed = BilanForm.Collect(request.Data, chantier);
        if (BilanForm.Oversized(typed, convention, caller.Language) is { } tooLong)
        {
            return BotReply.WithText(tooLong);
        }
        var errors = new List<string>();
        var outcome = review
            ? await ReviewAsync(convention, year, chantier, request, typed, errors, cancellationToken).ConfigureAwait(false)
            : await SaveAsync(convention, year, chantier, request, typed, errors, cancellationToken).ConfigureAwait(false);
        Func<ChantierFormView, ChantierFormView> adjust = view => outcome switch
        {
            null => view with { Values = typed, Errors = errors },
            { Kind: ChantierOutcomeKind.Saved } => view with { Notice = Notice(request.Verb, convention, outcome.Reach, caller.Language) },
            { Kind: ChantierOutcomeKind.Conflict } => view with { Values = typed, Conflict = true },
            _ => view with { Values = typed, Errors = [review ? BilanFormTexts.CannotReview(caller.Language, convention.Levels.Item) : BilanFormTexts.ValidatedLocked(caller.Language, convention.Levels.Item)] },
        };
        // After a save or a review, the answer is built from the year the workflow just read or wrote.
        return outcome is null
            ? await screens.ShowChantierAsync(convention, year, chantier, caller, adjust, cancellationToken).ConfigureAwait(false)
            : await screens.ShowChantierAsync(convention, outcome.Year, chantier, caller, adjust, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The outcome, or null when the input has errors (listed in <paramref name="errors"/>).</returns>
    private async Task<ChantierOutcome?> SaveAsync(
        ConventionDefinition convention, int year, Chantier chantier, CardActionRequest request, Dictionary<string, string> typed, List<string> errors, CancellationToken cancellationToken)
    {
        var language = request.Caller.Language;
        var submit = request.Verb == BilanVerbs.Submit;
        var content = BilanForm.Read(typed, convention, chantier, language, errors);
        if (submit && (content.Actions.Length == 0 || content.Progress is null))
        {
            errors.Add(BilanFormTexts.SubmitNeedsContent(language));
        }
        return errors.Count > 0
            ? null
            : await bilans.SaveAsync(convention, year, chantier.Number, content, submit, YearCardData.ETagOf(request.Data), request.Caller, cancellationToken)
                .ConfigureAwait(false);
    }

    private async Task<ChantierOutcome?> ReviewAsync(
        ConventionDefinition convention, int year, Chantier chantier, CardActionRequest request, Dictionary<string, string> typed, List<string> errors, CancellationToken cancellationToken)
    {
        var validate = request.Verb == BilanVerbs.Validate;
        var comment = BilanForm.ReadComment(typed, convention, request.Caller.Language, errors);
        if (!validate && comment.Length == 0)
        {
            errors.Add(BilanFormTexts.CommentRequired(request.Caller.Language));
        }
        return errors.Count > 0
            ? null
            : await bilans.ReviewAsync(convention, year, chantier.Number, validate, comment, YearCardData.ETagOf(request.Data), request.Caller, cancellationToken)
                .ConfigureAwait(false);
    }

    private static string Notice(string verb, ConventionDefinition convention, ReviewReach? reach, Language l) => verb switch
    {
        BilanVerbs.Save => BilanFormTexts.Saved(l),
        BilanVerbs.Submit => ReviewerTexts.Submitted(convention, l),
        BilanVerbs.Validate => BilanFormTexts.ValidatedNotice(l, convention.Levels.Item, reach),
        _ => BilanFormTexts.ChangesRequestedNotice(l, reach),
    };
}
