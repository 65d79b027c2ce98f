using System.Globalization;
using System.Text.Json;
using ConventionBot.Storage;

namespace ConventionBot.Meetings;

/// <summary>Between the <see cref="Meeting"/> the feature works with and the row Table Storage keeps.</summary>
internal static class MeetingMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MeetingEntity ToEntity(Meeting meeting, DateTimeOffset updatedAt) => new()
    {
        RowKey = meeting.Id,
        ConventionId = meeting.ConventionId,
        InstanceCode = meeting.Instance.Code,
        InstanceLabel = meeting.Instance.Label,
        Start = meeting.Start.ToUniversalTime(),
        TimeZone = meeting.TimeZone,
        DurationMinutes = (int)meeting.Duration.TotalMinutes,
        Location = meeting.Location,
        Agenda = meeting.Agenda,
        Chantiers = string.Join(',', meeting.Chantiers.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        OrganizerAadObjectId = meeting.Organizer.AadObjectId,
        OrganizerName = meeting.Organizer.Name,
        OrganizerConversationId = meeting.Organizer.ConversationId,
        OrganizerLanguage = meeting.Organizer.Language,
        Status = meeting.Status,
        Version = meeting.Version,
        Minutes = meeting.Minutes,
        Decisions = meeting.Decisions,
        ActionsJson = meeting.Actions.Count == 0 ? null : JsonSerializer.Serialize(meeting.Actions, Json),
        Participants = meeting.Participants.Count == 0 ? null : string.Join('\n', meeting.Participants),
        UpdatedAt = updatedAt,
    };

    public static Meeting ToMeeting(MeetingEntity entity) => new()
    {
        Id = entity.RowKey,
        ConventionId = entity.ConventionId,
        Instance = new MeetingInstance(entity.InstanceCode, entity.InstanceLabel),
        Start = entity.Start,
        TimeZone = entity.TimeZone,
        Duration = TimeSpan.FromMinutes(entity.DurationMinutes),
        Location = entity.Location,
        Agenda = entity.Agenda,
        Chantiers = [.. entity.Chantiers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))],
        Organizer = new MeetingOrganizer(entity.OrganizerAadObjectId, entity.OrganizerName, entity.OrganizerConversationId, entity.OrganizerLanguage),
        Status = entity.Status,
        Version = entity.Version,
        Minutes = entity.Minutes,
        Decisions = entity.Decisions,
        Actions = entity.ActionsJson is { } json ? JsonSerializer.Deserialize<List<FollowUpAction>>(json, Json) ?? [] : [],
        Participants = entity.Participants?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [],
        ETag = ETags.Text(entity.ETag),
    };
}
