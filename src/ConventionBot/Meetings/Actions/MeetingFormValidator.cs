using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// Checks the schedule/edit form and turns it into a <see cref="MeetingDraft"/>; pure, so every rule is unit-tested.
/// In <see cref="MeetingFormMode.Past"/> mode the meeting must have started already, and not before the convention's start
/// (or <see cref="MaxYearsBack"/> years, whichever is earlier).
/// </summary>
internal static class MeetingFormValidator
{
    public const int LabelMax = 80;
    public const int LocationMax = 300;
    public const int AgendaMax = 2000;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 600;
    public const int MaxYearsAhead = 3;
    public const int MaxYearsBack = 5;

    public static Validated<MeetingDraft> Validate(
        MeetingForm form, ConventionDefinition convention, DateTimeOffset now, Language language, MeetingFormMode mode = MeetingFormMode.Upcoming)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(convention);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var instance = ReadInstance(form, convention, language, errors);
        var start = ReadStart(form, Bounds(convention, now, mode), language, errors);
        var duration = CardValues.WholeNumber(form.Duration);
        if (form.Duration is null || duration is null)
        {
            errors["duration"] = form.Duration is null ? FormTexts.Missing(language, "la durée", "the duration") : FormTexts.BadDuration(language, form.Duration);
        }
        else if (duration is < MinMinutes or > MaxMinutes)
        {
            errors["duration"] = FormTexts.DurationRange(language, MinMinutes, MaxMinutes);
        }
        CheckLength(form.Location, LocationMax, "location", language, errors);
        if (form.Location is { } location && location.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !Uri.TryCreate(location, UriKind.Absolute, out _))
        {
            errors["location"] = FormTexts.BadLink(language);
        }
        CheckLength(form.Agenda, AgendaMax, "agenda", language, errors);
        var chantiers = ReadChantiers(form.Chantiers, convention, language, errors);
        return errors.Count > 0 || instance is null || start is null || duration is null
            ? new Validated<MeetingDraft>(null, errors)
            : new Validated<MeetingDraft>(new MeetingDraft(instance, start.Value, TimeSpan.FromMinutes(duration.Value), form.Location, form.Agenda, chantiers), errors);
    }

    private static MeetingInstance? ReadInstance(MeetingForm form, ConventionDefinition convention, Language language, Dictionary<string, string> errors)
    {
        CheckLength(form.Label, LabelMax, "label", language, errors);
        if (form.Instance is null)
        {
            errors["instance"] = FormTexts.Missing(language, "l’instance", "the meeting body");
            return null;
        }
        var code = convention.Instance(form.Instance)?.Code
            ?? MeetingInstances.Others.FirstOrDefault(o => string.Equals(o, form.Instance, StringComparison.OrdinalIgnoreCase));
        if (code is null)
        {
            errors["instance"] = FormTexts.UnknownInstance(language, form.Instance);
            return null;
        }
        if (code == MeetingInstance.Other && form.Label is null)
        {
            errors["label"] = FormTexts.LabelRequired(language);
        }
        return new MeetingInstance(code, form.Label);
    }

    private static DateTimeOffset? ReadStart(MeetingForm form, DateBounds bounds, Language language, Dictionary<string, string> errors)
    {
        var date = CardValues.Date(form.Date);
        var time = CardValues.Time(form.Time);
        if (date is null)
        {
            errors["date"] = form.Date is null ? FormTexts.Missing(language, "la date", "the date") : FormTexts.BadDate(language, form.Date);
        }
        else if (bounds.DateError(date.Value, language) is { } outside)
        {
            errors["date"] = outside;
        }
        if (time is null)
        {
            errors["time"] = form.Time is null ? FormTexts.Missing(language, "l’heure", "the time") : FormTexts.BadTime(language, form.Time);
        }
        if (errors.ContainsKey("date") || date is null || time is null)
        {
            return null;
        }
        var start = ParisTime.ExactlyAt(date.Value, time.Value);
        if (start is null)
        {
            errors["time"] = FormTexts.SkippedTime(language);
        }
        else if (bounds.TimeError(start.Value, language) is { } wrongSide)
        {
            errors["time"] = wrongSide;
        }
        return start;
    }

    private static DateBounds Bounds(ConventionDefinition convention, DateTimeOffset now, MeetingFormMode mode)
    {
        var today = ParisTime.DateOf(now);
        var earliest = today.AddYears(-MaxYearsBack) is var back && back < convention.StartDate ? back : convention.StartDate;
        return mode == MeetingFormMode.Past
            ? new DateBounds(earliest, today, now, Past: true)
            : new DateBounds(today, today.AddYears(MaxYearsAhead), now, Past: false);
    }

    private static List<int> ReadChantiers(string? text, ConventionDefinition convention, Language language, Dictionary<string, string> errors)
    {
        var numbers = new List<int>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CardValues.WholeNumber(part) is { } number && convention.FindChantier(number) is not null)
            {
                numbers.Add(number);
            }
            else
            {
                errors["chantiers"] = FormTexts.UnknownChantier(language, part, convention);
            }
        }
        return [.. numbers.Distinct().Order()];
    }

    private static void CheckLength(string? text, int max, string field, Language language, Dictionary<string, string> errors)
    {
        if (text is not null && text.Length > max)
        {
            errors[field] = FormTexts.TooLong(language, max, text.Length);
        }
    }
}
