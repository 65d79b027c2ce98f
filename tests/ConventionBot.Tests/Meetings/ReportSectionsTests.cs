using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class ReportSectionsTests
{
    [Fact]
    public void Deadlines_EarlyInTheLastYear_ListsMeetingsCheckpointsAtRiskAndOpenActions()
    {
        var now = Utc(2024, 3, 1, 9);
        Meeting[] meetings =
        [
            Meeting("COTECH", Utc(2024, 2, 6, 9), MeetingStatus.Held, actions:
            [
                new FollowUpAction("Envoyer le calendrier", "Camille Martin", new DateOnly(2024, 2, 20), false),
                new FollowUpAction("Réserver la salle", "Louis Durand", new DateOnly(2024, 2, 10), true),
            ]),
            Meeting("COTECH", Utc(2024, 4, 2, 8)),
            Meeting("COPIL", Utc(2024, 5, 14, 8), MeetingStatus.Cancelled),
        ];

        var deadlines = ReportSections.Deadlines(Convention, meetings, GovernanceOptions.DefaultCheckpoints, now, Language.French);

        Assert.Collection(deadlines,
            d => Assert.Equal(("Action de suivi\u00A0: Envoyer le calendrier", true), (d.Title, d.IsOverdue)),
            d => Assert.Equal(("Réunion\u00A0: COTECH", Utc(2024, 4, 2, 8)), (d.Title, d.When)),
            d => Assert.Equal(("COPIL 2024\u00A0: 0 tenu ou prévu, 1 attendu", false), (d.Title, d.IsOverdue)));
    }

    [Fact]
    public void Deadlines_ConventionOver_HasNoCheckpointLeft()
    {
        var deadlines = ReportSections.Deadlines(Convention, [], GovernanceOptions.DefaultCheckpoints, Utc(2026, 11, 20, 9), Language.French);

        Assert.Empty(deadlines);
    }

    [Fact]
    public void Deadlines_CheckpointPassedThisYear_IsOverdue()
    {
        var deadlines = ReportSections.Deadlines(Convention, [], [GovernanceOptions.DefaultCheckpoints[0]], Utc(2024, 7, 2, 9), Language.French);

        var deadline = Assert.Single(deadlines);
        Assert.True(deadline.IsOverdue);
        Assert.Equal(Utc(2024, 6, 28, 7), deadline.When);
    }
}
