using ConventionBot.Conventions;
using ConventionBot.Meetings;
using ConventionBot.Storage;
using ConventionBot.Tests.Conventions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ConventionBot.Tests.Meetings;

/// <summary>Meetings and the shipped convention, for the unit tests.</summary>
internal static class MeetingFixtures
{
    public static readonly ConventionDefinition Convention = TestDefinitions.Shipped();

    /// <summary>The shipped convention alone, as the meetings list reads it.</summary>
    public static readonly ConventionCatalog Catalog = new([Convention], TimeProvider.System);

    public static Meeting Meeting(
        string code, DateTimeOffset start, MeetingStatus status = MeetingStatus.Planned, string? id = null, IReadOnlyList<FollowUpAction>? actions = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N")[..12],
        ConventionId = Convention.Id,
        Instance = new MeetingInstance(code, null),
        Start = start,
        Duration = TimeSpan.FromHours(2),
        Location = "Salle du conseil, Le Pharo",
        Agenda = "Bilan 2023 ; programme de travail 2024",
        Chantiers = [1, 5],
        Organizer = new MeetingOrganizer("11111111-1111-1111-1111-111111111111", "Camille Martin", "a:personal-1"),
        Status = status,
        Actions = actions ?? [],
        ETag = "W/\"datetime'2024-03-01T09%3A00%3A00Z'\"",
    };

    /// <summary>A meeting store on its own tables of the test Azurite.</summary>
    public static MeetingStore NewStore() => new(
        new TableProvider(TestStorage.ServiceClient(), Options.Create(new StorageOptions { TablePrefix = TestStorage.UniquePrefix() })),
        TimeProvider.System);

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
