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
/// The schedule, record (past meeting) and edit form. It is always rebuilt from what the user typed, so an error (shown under its
/// field) or a concurrent change (the latest version shown above) never loses their entries.
/// </summary>
internal static class MeetingFormCard
{
    /// <param name="editing">The meeting being edited (its ETag goes back with the form); null for a new one.</param>
    /// <param name="stale">True when <paramref name="editing"/> is a newer version than the one the user started from.</param>
    /// <param name="mode">Past: a meeting already held is recorded (or a recorded one edited), nobody is told.</param>
    public static AdaptiveCard Build(
        ConventionDefinition convention, MeetingForm form, Language language,
        IReadOnlyDictionary<string, string>? errors = null, Meeting? editing = null, bool stale = false, MeetingFormMode mode = MeetingFormMode.Upcoming)
    {
        errors ??= new Dictionary<string, string>();
        var title = editing is not null ? MeetingTexts.EditTitle(language, Name(editing, language), DateText.Moment(editing.Start, language))
            : mode == MeetingFormMode.Past ? MeetingTexts.RecordTitle(language)
            : MeetingTexts.ScheduleTitle(language);
        var body = new List<AdaptiveElement> { Title(title) };
        if (mode == MeetingFormMode.Past)
        {
            body.Add(Text(MeetingTexts.RecordIntro(language)));
        }
        if (stale && editing is not null)
        {
            body.Add(Banner(MeetingTexts.Stale(language), AdaptiveTextColor.Attention));
            body.Add(Heading(MeetingTexts.LatestVersion(language)));
            body.AddRange(Details(editing, convention, language));
        }
        if (errors.Count > 0)
        {
            body.Add(Banner(FormTexts.Summary(language), AdaptiveTextColor.Attention));
        }
        body.AddRange(Fields(convention, form, language, errors));
        var submit = editing is not null
            ? Button(MeetingTexts.SaveButton(language), MeetingVerbs.Update, MeetingCardData.ForMeeting(editing, withETag: true), AdaptiveActionStyle.Positive)
            : mode == MeetingFormMode.Past ? Button(MeetingTexts.RecordButton(language), MeetingVerbs.Record, style: AdaptiveActionStyle.Positive)
            : Button(MeetingTexts.ScheduleButton(language), MeetingVerbs.Schedule, style: AdaptiveActionStyle.Positive);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [submit, Open(MeetingTexts.ListButton(language), MeetingVerbs.List)],
            FallbackText = title,
        };
    }

    private static List<AdaptiveElement> Fields(ConventionDefinition convention, MeetingForm form, Language language, IReadOnlyDictionary<string, string> errors)
    {
        var elements = new List<AdaptiveElement>();
        var choices = MeetingInstances.Choices(convention, language);
        Add(new AdaptiveChoiceSetInput
        {
            Id = "instance", Label = MeetingTexts.InstanceLabel(language), IsRequired = true, ErrorMessage = FormTexts.Missing(language, "l’instance", "the meeting body"),
            Value = form.Instance ?? choices[0].Code,
            Choices = [.. choices.Select(c => new AdaptiveChoice { Title = c.Title, Value = c.Code })],
        });
        Add(new AdaptiveTextInput { Id = "label", Label = MeetingTexts.LabelLabel(language), Value = form.Label, MaxLength = MeetingFormValidator.LabelMax });
        Add(new AdaptiveDateInput { Id = "date", Label = MeetingTexts.DateLabel(language), IsRequired = true, ErrorMessage = FormTexts.Missing(language, "la date", "the date"), Value = CardValues.Date(form.Date) });
        Add(new AdaptiveTimeInput { Id = "time", Label = MeetingTexts.TimeLabel(language), IsRequired = true, ErrorMessage = FormTexts.Missing(language, "l’heure", "the time"), Value = CardValues.Time(form.Time) });
        Add(new AdaptiveNumberInput
        {
            Id = "duration", Label = MeetingTexts.DurationLabel(language), IsRequired = true,
            ErrorMessage = FormTexts.DurationRange(language, MeetingFormValidator.MinMinutes, MeetingFormValidator.MaxMinutes),
            Min = MeetingFormValidator.MinMinutes, Max = MeetingFormValidator.MaxMinutes, Value = CardValues.WholeNumber(form.Duration),
        });
        Add(new AdaptiveTextInput { Id = "location", Label = MeetingTexts.LocationLabel(language), Value = form.Location, MaxLength = MeetingFormValidator.LocationMax });
        Add(new AdaptiveTextInput { Id = "agenda", Label = MeetingTexts.AgendaLabel(language), Value = form.Agenda, IsMultiline = true, MaxLength = MeetingFormValidator.AgendaMax });
        Add(new AdaptiveChoiceSetInput
        {
            Id = "chantiers", Label = MeetingTexts.ChantiersLabel(language, convention.Levels.Item), IsMultiSelect = true, Value = form.Chantiers,
            Choices = [.. convention.Chantiers.Select(c => new AdaptiveChoice
            {
                Title = $"{c.Number.ToString(CultureInfo.InvariantCulture)}. {c.ShortTitle}", Value = c.Number.ToString(CultureInfo.InvariantCulture),
            })],
        });
        return elements;

        void Add(AdaptiveInput input) => AddInput(elements, errors, input);
    }
}
