using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// The schedule, record and edit forms' buttons (admins only): validate, save with the ETag, confirm or re-show the form.
/// A past meeting (recorded, or held) is validated in <see cref="MeetingFormMode.Past"/> mode and announced to nobody.
/// </summary>
internal sealed class ScheduleActions(MeetingService meetings, ConventionCatalog catalog, InvitationLinks invitations, TimeProvider time) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [MeetingVerbs.Schedule, MeetingVerbs.Record, MeetingVerbs.Edit, MeetingVerbs.Update];

    public Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Caller.IsAdmin)
        {
            return Task.FromResult(BotReply.WithText(MeetingTexts.AdminOnly(request.Caller.Language)));
        }
        return request.Verb switch
        {
            MeetingVerbs.Schedule => CreateAsync(request, MeetingFormMode.Upcoming, cancellationToken),
            MeetingVerbs.Record => CreateAsync(request, MeetingFormMode.Past, cancellationToken),
            MeetingVerbs.Edit => OpenAsync(request, cancellationToken),
            _ => UpdateAsync(request, cancellationToken),
        };
    }

    private async Task<BotReply> CreateAsync(CardActionRequest request, MeetingFormMode mode, CancellationToken cancellationToken)
    {
        var (caller, language) = (request.Caller, request.Caller.Language);
        var form = MeetingForm.Read(request.Data);
        var convention = ConventionFor(form, fallback: null);
        var validated = MeetingFormValidator.Validate(form, convention, time.GetUtcNow(), language, mode);
        if (!validated.IsValid)
        {
            return BotReply.WithCard(MeetingFormCard.Build(convention, form, language, validated.Errors, mode: mode));
        }
        if (mode == MeetingFormMode.Past)
        {
            // Nobody could answer a meeting recorded after the fact: its attendance is typed in the follow-up.
            var recorded = await meetings.RecordPastAsync(validated.Value!, caller, cancellationToken).ConfigureAwait(false);
            return BotReply.WithCard(FollowUpCard.Form(recorded, FollowUpForm.From(recorded, []), [], language, intro: MeetingTexts.Recorded(language)));
        }
        var result = await meetings.ScheduleAsync(validated.Value!, caller, cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(ConfirmationCard.Build(result.Meeting!, catalog.ConventionOf(result.Meeting!), MeetingTexts.Scheduled(language), result.Reminders, language, invitations.For(result.Meeting!)));
    }

    private async Task<BotReply> OpenAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var language = request.Caller.Language;
        var meeting = await meetings.FindAsync(CardData.Text(request.Data, MeetingCardData.MeetingId) ?? "", cancellationToken).ConfigureAwait(false);
        return meeting is null ? BotReply.WithText(MeetingTexts.Missing(language))
            : !IsEditable(meeting) ? BotReply.WithText(MeetingTexts.NoLongerPlanned(language))
            : BotReply.WithCard(MeetingFormCard.Build(catalog.ConventionOf(meeting), MeetingForm.From(meeting), language, editing: meeting, mode: ModeOf(meeting)));
    }

    private async Task<BotReply> UpdateAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var language = request.Caller.Language;
        var seenETag = CardData.Text(request.Data, MeetingCardData.ETag) ?? "";
        var current = await meetings.FindAsync(CardData.Text(request.Data, MeetingCardData.MeetingId) ?? "", cancellationToken).ConfigureAwait(false);
        if (current is null || !IsEditable(current))
        {
            return BotReply.WithText(current is null ? MeetingTexts.Missing(language) : MeetingTexts.NoLongerPlanned(language));
        }
        var form = MeetingForm.Read(request.Data);
        var convention = ConventionFor(form, current);
        var validated = MeetingFormValidator.Validate(form, convention, time.GetUtcNow(), language, ModeOf(current));
        if (!validated.IsValid)
        {
            // The ETag the user started from goes back with the form: fixing a typo must not skip the concurrency check.
            return BotReply.WithCard(MeetingFormCard.Build(convention, form, language, validated.Errors, current with { ETag = seenETag }, mode: ModeOf(current)));
        }
        var result = await meetings.UpdateAsync(current, seenETag, validated.Value!, request.Caller, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Status: SaveStatus.Saved, Meeting: { } saved } => BotReply.WithCard(
                ConfirmationCard.Build(saved, catalog.ConventionOf(saved), Edited(saved, language), result.Reminders, language, invitations.For(saved))),
            { Status: SaveStatus.Stale, Meeting: { } latest } when IsEditable(latest) => BotReply.WithCard(
                MeetingFormCard.Build(convention, form, language, editing: latest, stale: true, mode: ModeOf(latest))),
            { Status: SaveStatus.Stale } => BotReply.WithText(MeetingTexts.NoLongerPlanned(language)),
            _ => BotReply.WithText(MeetingTexts.Missing(language)),
        };
    }

    private bool IsEditable(Meeting meeting) =>
        meeting.Status == MeetingStatus.Held || (meeting.Status == MeetingStatus.Planned && meeting.Start > time.GetUtcNow());

    private static MeetingFormMode ModeOf(Meeting meeting) => meeting.Status == MeetingStatus.Held ? MeetingFormMode.Past : MeetingFormMode.Upcoming;

    private static string Edited(Meeting saved, Language language) =>
        saved.Status == MeetingStatus.Held ? MeetingTexts.EditedPast(language) : MeetingTexts.Edited(language);

    private ConventionDefinition ConventionFor(MeetingForm form, Meeting? fallback) =>
        CardValues.Date(form.Date) is { } date ? catalog.DefaultOn(date)
        : fallback is not null ? catalog.ConventionOf(fallback)
        : catalog.Default;
}
