using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class MeetingStoreTests
{
    private readonly MeetingStore _store = NewStore();

    [Fact]
    public async Task AddThenFind_FullMeeting_RoundTripsEveryField()
    {
        var meeting = Meeting("COTECH", Utc(2024, 4, 2, 8), MeetingStatus.Held, actions:
            [new FollowUpAction("Envoyer le calendrier", "Camille Martin", new DateOnly(2024, 4, 20), true)]) with
        {
            Instance = new MeetingInstance("COTECH", "Bilan 2023"), Minutes = "CR", Decisions = "D", Version = 3,
        };

        var added = await _store.AddAsync(meeting, default);
        var found = await _store.FindAsync(meeting.Id, default);

        Assert.NotEqual(meeting.ETag, added.ETag);
        Assert.Equal(added, found! with { Actions = added.Actions, Chantiers = added.Chantiers });
        Assert.Equal(added.Actions, found.Actions);
        Assert.Equal(added.Chantiers, found.Chantiers);
    }

    [Fact]
    public async Task Replace_WithTheETagSeen_SavesAndGivesANewETag()
    {
        var added = await _store.AddAsync(Meeting("COPIL", Utc(2024, 4, 9, 8)), default);

        var save = await _store.ReplaceAsync(added with { Location = "Hôtel de la Métropole", Version = 2 }, added.ETag, default);

        Assert.Equal(SaveStatus.Saved, save.Status);
        Assert.NotEqual(added.ETag, save.Meeting!.ETag);
        Assert.Equal("Hôtel de la Métropole", (await _store.FindAsync(added.Id, default))!.Location);
    }

    [Fact]
    public async Task Replace_WithAnOlderETag_IsRefusedWithTheLatestVersion()
    {
        var added = await _store.AddAsync(Meeting("COPIL", Utc(2024, 4, 9, 8)), default);
        var first = await _store.ReplaceAsync(added with { Location = "Salle A", Version = 2 }, added.ETag, default);

        var second = await _store.ReplaceAsync(added with { Location = "Salle B", Version = 2 }, added.ETag, default);

        Assert.Equal(SaveStatus.Stale, second.Status);
        Assert.Equal("Salle A", second.Meeting!.Location);
        Assert.Equal(first.Meeting!.ETag, second.Meeting.ETag);
    }

    [Fact]
    public async Task Replace_MeetingThatDoesNotExist_IsMissing()
    {
        var save = await _store.ReplaceAsync(Meeting("COPIL", Utc(2024, 4, 9, 8)), "W/\"datetime'2024-01-01T00%3A00%3A00Z'\"", default);

        Assert.Equal(SaveStatus.Missing, save.Status);
    }

    [Fact]
    public async Task Answer_SamePersonTwice_KeepsTheLastAnswer()
    {
        var meeting = await _store.AddAsync(Meeting("COTECH", Utc(2024, 4, 2, 8)), default);
        var at = Utc(2024, 3, 1, 9);

        await _store.AnswerAsync(meeting.Id, new Rsvp("user/1", "Camille Martin", true, at), default);
        await _store.AnswerAsync(meeting.Id, new Rsvp("user/1", "Camille Martin", false, at.AddHours(1)), default);
        await _store.AnswerAsync(meeting.Id, new Rsvp("user-2", "Louis Durand", true, at), default);

        var answers = await _store.AnswersAsync(meeting.Id, default);
        Assert.Equal([("Camille Martin", false), ("Louis Durand", true)], answers.Select(a => (a.Name!, a.Attending)));
        Assert.Equal(2, (await _store.AllAnswersAsync(default))[meeting.Id].Count());
    }

    [Fact]
    public async Task AddThenReplace_EveryFieldAtItsLimitInCharactersJsonEscapes_IsStoredWhole()
    {
        static string Full(int length) => string.Concat(Enumerable.Repeat("é\"<", length))[..length]; // 6 characters each once JSON-escaped
        var action = new FollowUpAction(Full(FollowUpValidator.ActionMax), Full(FollowUpValidator.OwnerMax), new DateOnly(2024, 4, 20), false);
        var full = Meeting("AUTRE", Utc(2024, 4, 2, 8), MeetingStatus.Held, actions: [.. Enumerable.Repeat(action, FollowUpValidator.ActionsMax)]) with
        {
            Instance = new MeetingInstance(MeetingInstance.Other, Full(MeetingFormValidator.LabelMax)),
            Location = Full(MeetingFormValidator.LocationMax), Agenda = Full(MeetingFormValidator.AgendaMax),
            Minutes = Full(FollowUpValidator.MinutesMax), Decisions = Full(FollowUpValidator.DecisionsMax),
            Organizer = new MeetingOrganizer("11111111-1111-1111-1111-111111111111", Full(256), "a:".PadRight(1024, 'c')),
        };

        var added = await _store.AddAsync(full, default);
        var saved = await _store.ReplaceAsync(added with { Version = 2 }, added.ETag, default);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        var found = await _store.FindAsync(full.Id, default);
        Assert.Equal(full.Actions, found!.Actions);
        Assert.Equal(full.Minutes, found.Minutes);
    }
}
