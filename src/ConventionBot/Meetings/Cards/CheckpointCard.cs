using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>The alert admins get when a convention year falls behind its art. 4 meetings at a checkpoint.</summary>
internal static class CheckpointCard
{
    public static AdaptiveCard Build(ConventionDefinition convention, CheckpointAlert alert, IReadOnlyList<Meeting> meetings, Language language)
    {
        var instance = alert.Checkpoint.Instance;
        var count = GovernanceRules.Count(convention, meetings, alert.Year, instance);
        var yearly = convention.Instance(instance)?.MinimumPerYear ?? alert.Checkpoint.Minimum;
        var record = GovernanceRules.Record(convention, meetings).Single(r => r.Year == alert.Year);
        var title = GovernanceTexts.AlertTitle(language, alert.Year, instance);
        return new AdaptiveCard
        {
            Body =
            [
                Banner(title, AdaptiveTextColor.Warning),
                Text(GovernanceTexts.AlertBody(language, convention, DateText.Day(alert.Date, language), count, instance, alert.Checkpoint.Minimum, yearly)),
                new AdaptiveFactSet { Facts = [new AdaptiveFact { Title = GovernanceTexts.YearRecordTitle(language, alert.Year), Value = GovernanceTexts.Record(record) }] },
            ],
            Actions =
            [
                ConversationCards.RunButton(ListTexts.ScheduleButton(language), ConfirmationCard.ScheduleCommand),
                Open(MeetingTexts.ListButton(language), MeetingVerbs.List),
            ],
            FallbackText = title,
        };
    }
}
