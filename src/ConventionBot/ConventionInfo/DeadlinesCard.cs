using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>Every feature's deadlines in one list: overdue ones first and flagged, then the upcoming ones by date.</summary>
internal static class DeadlinesCard
{
    /// <summary>Beyond this many, the furthest upcoming deadlines are counted, not shown: the card must stay small.</summary>
    public const int MaxShown = 15;

    public static AdaptiveCard Build(ConventionStanding standing, DateTimeOffset now, Language language, IEnumerable<Deadline> deadlines)
    {
        var convention = standing.Convention;
        var overdue = deadlines.Where(d => d.IsOverdue).OrderBy(d => d.When).ToList();
        var upcoming = deadlines.Where(d => !d.IsOverdue).OrderBy(d => d.When).ToList();
        var body = new List<AdaptiveElement> { CardParts.Title(DeadlineTexts.Title(convention.Title, language)) };
        if (standing.Phase == ConventionPhase.Ended)
        {
            body.Add(CardParts.Banner(StandingTexts.EndedShort(standing, language), AdaptiveTextColor.Warning));
        }
        if (overdue.Count + upcoming.Count == 0)
        {
            body.Add(CardParts.Text(DeadlineTexts.None(language)));
        }
        var shown = Group(body, DeadlineTexts.Overdue(overdue.Count, language), overdue, MaxShown,
            d => Item(d, DeadlineTexts.Late(Moment(d.When, language), language), AdaptiveTextColor.Attention), language);
        Group(body, DeadlineTexts.Upcoming(upcoming.Count, language), upcoming, Math.Max(MaxShown - shown, 3),
            d => Item(d, When(d, now, language), null), language);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [ConventionLinks.Summary(convention, InfoTexts.TheConvention(convention, language))],
            FallbackText = DeadlineTexts.Title(convention.Title, language),
        };
    }

    /// <returns>How many deadlines were shown.</returns>
    private static int Group(List<AdaptiveElement> body, string heading, List<Deadline> deadlines, int limit, Func<Deadline, AdaptiveElement> item, Language language)
    {
        if (deadlines.Count == 0)
        {
            return 0;
        }
        body.Add(CardParts.Heading(heading));
        body.AddRange(deadlines.Take(limit).Select(item));
        if (deadlines.Count > limit)
        {
            body.Add(CardParts.Subtle(DeadlineTexts.More(deadlines.Count - limit, language)));
        }
        return Math.Min(deadlines.Count, limit);
    }

    private static AdaptiveContainer Item(Deadline deadline, string when, AdaptiveTextColor? color)
    {
        var items = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock { Text = deadline.Title, Wrap = true, Weight = AdaptiveTextWeight.Bolder, Color = color },
            new AdaptiveTextBlock { Text = when, Wrap = true, Spacing = AdaptiveSpacing.None, Color = color },
        };
        if (deadline.Detail is { Length: > 0 } detail)
        {
            items.Add(CardParts.Subtle(detail));
        }
        return new AdaptiveContainer { Items = items, Spacing = AdaptiveSpacing.Medium };
    }

    private static string When(Deadline deadline, DateTimeOffset now, Language language)
    {
        var days = ParisTime.DateOf(deadline.When).DayNumber - ParisTime.DateOf(now).DayNumber;
        return $"{Moment(deadline.When, language)} ({DurationText.DaysFromNow(Math.Max(days, 0), language)})";
    }

    // A deadline set as a date falls at midnight in Paris: it reads as the day alone.
    private static string Moment(DateTimeOffset when, Language language) =>
        ParisTime.ToLocal(when).TimeOfDay == NodaTime.LocalTime.Midnight
            ? DateText.Day(ParisTime.DateOf(when), language)
            : DateText.Moment(when, language);
}
