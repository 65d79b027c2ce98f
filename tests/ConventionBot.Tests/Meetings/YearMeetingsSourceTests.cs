using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class YearMeetingsSourceTests
{
    private readonly MeetingStore _store = NewStore();

    [Fact]
    public async Task List_YearWithMeetings_GivesTheYearsUncancelledOnesInDateOrderWithDecisions()
    {
        await _store.AddAsync(Meeting("COPIL", Utc(2023, 11, 20, 9), MeetingStatus.Held) with { Minutes = "Programme 2024 arrêté.", Decisions = "Valider le bilan\nLancer le GT VEFA" }, default);
        await _store.AddAsync(Meeting("COTECH", Utc(2023, 3, 14, 9), MeetingStatus.Held), default);
        await _store.AddAsync(Meeting("COTECH", Utc(2023, 6, 1, 9), MeetingStatus.Cancelled), default);
        // 31 December 23:30 UTC is already 1 January in Paris: it belongs to the next year.
        await _store.AddAsync(Meeting("COTECH", Utc(2023, 12, 31, 23, 30)), default);

        var meetings = await new YearMeetingsSource(_store).ListAsync(Convention, 2023, default);

        Assert.Equal(["COTECH", "COPIL"], meetings.Select(m => m.InstanceCode));
        Assert.Equal("Programme 2024 arrêté.", meetings[1].Summary);
        Assert.Equal(["Valider le bilan", "Lancer le GT VEFA"], meetings[1].Decisions);
    }
}
