using System.Globalization;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>
/// After a meeting: the form to record its compte-rendu, decisions and follow-up actions (rebuilt from what
/// was typed on an error or a concurrent change), and the read-only view of what was recorded.
/// </summary>
internal static class FollowUpCard
{
    public const string CountKey = "actions";
    public const int ToggleTextShown = 50;

    /// <param name="answers">The meeting's answers, offered as attendees.</param>
    /// <param name="intro">What the card says first: why it is shown.</param>
    public static AdaptiveCard Form(
        Meeting meeting, FollowUpForm form, IReadOnlyList<Rsvp> answers, Language language,
        IReadOnlyDictionary<string, string>? errors = null, string? intro = null, bool stale = false)
    {
        errors ??= new Dictionary<string, string>();
        var body = new List<AdaptiveElement> { Title(TitleOf(meeting, language)) };
        body.AddRange(Notes(language, errors.Count > 0, intro, stale));
        AddInput(body, errors, new AdaptiveTextInput { Id = "minutes", Label = NoticeTexts.MinutesLabel(language), Value = form.Minutes, IsMultiline = true, MaxLength = FollowUpValidator.MinutesMax });
        AddInput(body, errors, new AdaptiveTextInput { Id = "decisions", Label = NoticeTexts.DecisionsLabel(language), Value = form.Decisions, IsMultiline = true, MaxLength = FollowUpValidator.DecisionsMax });
        body.AddRange(AttendanceCardParts.Inputs(form, answers, errors, language));
        if (meeting.Actions.Count > 0)
        {
            body.Add(Heading(NoticeTexts.CurrentActions(language)));
            body.AddRange(meeting.Actions.Select((action, i) => new AdaptiveToggleInput
            {
                // The action's text is cut short here (the view shows it whole), leaving room for the attendance inputs.
                Id = FollowUpForm.DoneId(i), Title = NoticeTexts.Done(language, action with { Text = Typography.Excerpt(action.Text, ToggleTextShown) }), Wrap = true,
                Value = i < form.Done.Count && form.Done[i] ? "true" : "false", ValueOn = "true", ValueOff = "false",
            }));
        }
        body.Add(Heading(NoticeTexts.NewActions(language)));
        body.AddRange(form.NewActions.Select((row, k) => NewRow(row, k, errors, language)));
        var data = MeetingCardData.ForMeeting(meeting, withETag: true, (CountKey, meeting.Actions.Count.ToString(CultureInfo.InvariantCulture)));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [Button(NoticeTexts.SaveFollowUp(language), MeetingVerbs.SaveFollowUp, data, AdaptiveActionStyle.Positive), Open(MeetingTexts.ListButton(language), MeetingVerbs.List)],
            FallbackText = TitleOf(meeting, language),
        };
    }

    /// <param name="canEdit">The follow-up can be edited (admins, the organiser); <paramref name="canEditMeeting"/>, the held meeting itself (admins).</param>
    public static AdaptiveCard View(Meeting meeting, ConventionDefinition convention, Language language, bool canEdit, string? banner = null, bool canEditMeeting = false)
    {
        var body = new List<AdaptiveElement> { Title(TitleOf(meeting, language)) };
        if (banner is not null)
        {
            body.Add(Banner(banner, AdaptiveTextColor.Good));
        }
        body.Add(Facts(meeting, convention, language));
        body.AddRange(AttendanceCardParts.View(meeting, language));
        body.Add(Heading(NoticeTexts.MinutesLabel(language)));
        body.Add(meeting.Minutes is { } minutes ? Text(minutes) : Subtle(NoticeTexts.NoMinutes(language)));
        if (meeting.Decisions is { } decisions)
        {
            body.Add(Heading(NoticeTexts.DecisionsLabel(language)));
            body.Add(Text(decisions));
        }
        AddActionList(body, NoticeTexts.OpenActionsTitle(language), meeting.Actions.Where(a => !a.Done), language);
        AddActionList(body, NoticeTexts.DoneActionsTitle(language), meeting.Actions.Where(a => a.Done), language);
        var actions = new List<AdaptiveAction>();
        if (canEdit)
        {
            actions.Add(Navigate(ListTexts.FollowUp(language), MeetingVerbs.FollowUp, MeetingCardData.ForMeeting(meeting)));
        }
        if (canEditMeeting && meeting.Status == MeetingStatus.Held)
        {
            actions.Add(Open(MeetingTexts.EditMeetingButton(language), MeetingVerbs.Edit, MeetingCardData.ForMeeting(meeting)));
        }
        actions.Add(Open(MeetingTexts.ListButton(language), MeetingVerbs.List));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = TitleOf(meeting, language) };
    }

    private static string TitleOf(Meeting meeting, Language language) =>
        NoticeTexts.FollowUpTitle(language, Name(meeting, language), DateText.Day(ParisTime.DateOf(meeting.Start), language));

    private static IEnumerable<AdaptiveElement> Notes(Language language, bool hasErrors, string? intro, bool stale)
    {
        if (intro is not null)
        {
            yield return Text(intro);
        }
        if (stale)
        {
            yield return Banner(MeetingTexts.Stale(language), AdaptiveTextColor.Attention);
        }
        if (hasErrors)
        {
            yield return Banner(FormTexts.Summary(language), AdaptiveTextColor.Attention);
        }
    }

    private static AdaptiveColumnSet NewRow(NewActionRow row, int k, IReadOnlyDictionary<string, string> errors, Language language) => new()
    {
        Columns =
        [
            Column(errors, new AdaptiveTextInput { Id = FollowUpForm.NewId("text", k), Label = NoticeTexts.ActionLabel(language), Value = row.Text, MaxLength = FollowUpValidator.ActionMax }, 3),
            Column(errors, new AdaptiveTextInput { Id = FollowUpForm.NewId("owner", k), Label = NoticeTexts.OwnerLabel(language), Value = row.Owner, MaxLength = FollowUpValidator.OwnerMax }, 2),
            Column(errors, new AdaptiveDateInput { Id = FollowUpForm.NewId("due", k), Label = NoticeTexts.DueLabel(language), Value = CardValues.Date(row.Due) }, 2),
        ],
    };

    private static AdaptiveColumn Column(IReadOnlyDictionary<string, string> errors, AdaptiveInput input, int weight)
    {
        var items = new List<AdaptiveElement>();
        AddInput(items, errors, input);
        return new AdaptiveColumn { Items = items, Width = AdaptiveColumnWidth.Weighted(weight) };
    }

    private static void AddActionList(List<AdaptiveElement> body, string title, IEnumerable<FollowUpAction> actions, Language language)
    {
        var lines = actions.Select(a => "- " + NoticeTexts.Done(language, a)).ToList();
        if (lines.Count > 0)
        {
            body.Add(Heading(title));
            body.Add(Text(string.Join("\n", lines)));
        }
    }
}
