using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class GovernanceRulesTests
{
    [Fact]
    public void Record_HeldPlannedAndCancelledMeetings_CountsOnlyTheNotCancelledOnesOfEachYear()
    {
        Meeting[] meetings =
        [
            Meeting("COPIL", Utc(2023, 3, 14, 9), MeetingStatus.Held),
            Meeting("COTECH", Utc(2023, 6, 6, 8), MeetingStatus.Held),
            Meeting("COTECH", Utc(2023, 11, 7, 9), MeetingStatus.Cancelled),
            Meeting("COTECH", Utc(2024, 2, 6, 9)),
            Meeting("COTECH", Utc(2024, 9, 10, 8)),
            Meeting(MeetingInstance.Club, Utc(2024, 5, 14, 8)),
            Meeting("COPIL", Utc(2025, 3, 11, 9)),
        ];

        var record = GovernanceRules.Record(Convention, meetings);

        Assert.Equal([2022, 2023, 2024], record.Select(r => r.Year));
        Assert.Equal("COPIL 0/1 ⚠, COTECH 0/2 ⚠", GovernanceTexts.Record(record[0]));
        Assert.Equal("COPIL 1/1 ✔, COTECH 1/2 ⚠", GovernanceTexts.Record(record[1]));
        Assert.Equal("COPIL 0/1 ⚠, COTECH 2/2 ✔", GovernanceTexts.Record(record[2]));
    }

    [Fact]
    public void Count_MeetingOnNewYearsEveNightInParis_CountsForTheParisYear()
    {
        // 31 December 2023 at 23:30 UTC is 1 January 2024 at 00:30 in Paris.
        Meeting[] meetings = [Meeting("COPIL", Utc(2023, 12, 31, 23, 30))];

        Assert.Equal(0, GovernanceRules.Count(Convention, meetings, 2023, "COPIL"));
        Assert.Equal(1, GovernanceRules.Count(Convention, meetings, 2024, "copil"));
    }

    [Fact]
    public void IsAtRisk_SecondCotechCheckpointWithOne_IsAtRiskUntilASecondIsPlanned()
    {
        var checkpoint = GovernanceOptions.DefaultCheckpoints[1];
        var one = new[] { Meeting("COTECH", Utc(2024, 2, 6, 9)) };

        Assert.True(GovernanceRules.IsAtRisk(Convention, one, 2024, checkpoint));
        Assert.False(GovernanceRules.IsAtRisk(Convention, [.. one, Meeting("COTECH", Utc(2024, 12, 3, 9))], 2024, checkpoint));
    }

    [Fact]
    public void Upcoming_ConventionOverInLate2026_PlansNoAlert()
    {
        var alerts = CheckpointPlanner.Upcoming([Convention], GovernanceOptions.DefaultCheckpoints, Utc(2026, 11, 20, 9));

        Assert.Empty(alerts);
    }

    [Fact]
    public void Upcoming_EarlyInTheLastYear_PlansThatYearsCheckpointsAt9OnWorkingDays()
    {
        var alerts = CheckpointPlanner.Upcoming([Convention], GovernanceOptions.DefaultCheckpoints, Utc(2024, 3, 1, 9));

        // 30 June 2024 is a Sunday (so Friday 28), 30 September a Monday, 31 October a Thursday in winter time.
        Assert.Equal([Utc(2024, 6, 28, 7), Utc(2024, 9, 30, 7), Utc(2024, 10, 31, 8)], alerts.Select(a => a.DueAt));
        Assert.All(alerts, a => Assert.Equal(2024, a.Year));
    }

    [Fact]
    public void CheckpointKey_DefaultCotechCheckpoint_IsStableAndReadable()
    {
        var alert = CheckpointPlanner.All(Convention, GovernanceOptions.DefaultCheckpoints).First();

        Assert.Equal("governance:amp-arhlm-2022-2024:2022:COTECH:06-30:1", NotificationKinds.CheckpointKey(alert));
    }
}
