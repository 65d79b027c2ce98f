using Azure;
using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Meetings;

/// <summary>
/// Meetings and their answers in Table Storage. Changes are conditional on the ETag the user saw, so two
/// admins editing the same meeting never overwrite each other silently.
/// </summary>
internal sealed class MeetingStore(TableProvider tables, TimeProvider time)
{
    public const string MeetingsTable = "Meetings";
    public const string RsvpsTable = "MeetingRsvps";

    public async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MeetingsTable, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<MeetingEntity>(MeetingEntity.Partition, TableKey.Escape(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? MeetingMapper.ToMeeting(found.Value!) : null;
    }

    /// <summary>Every meeting, earliest first.</summary>
    /// <summary>Every meeting, earliest first; read once per <see cref="ReadMemo"/> scope by the parts of a card or page that need them.</summary>
    public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken cancellationToken) =>
        ReadMemo.GetOrLoadAsync("meetings", () => ReadAllAsync(cancellationToken));

    private async Task<IReadOnlyList<Meeting>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MeetingsTable, cancellationToken).ConfigureAwait(false);
        var meetings = new List<Meeting>();
        await foreach (var entity in table.QueryAsync<MeetingEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            meetings.Add(MeetingMapper.ToMeeting(entity));
        }
        return [.. meetings.OrderBy(m => m.Start)];
    }

    /// <summary>The meetings that start before <paramref name="start"/>, earliest first (where a meeting's previous one is).</summary>
    public async Task<IReadOnlyList<Meeting>> ListBeforeAsync(DateTimeOffset start, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MeetingsTable, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MeetingEntity.Partition} and Start lt {start}");
        var meetings = new List<Meeting>();
        await foreach (var entity in table.QueryAsync<MeetingEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            meetings.Add(MeetingMapper.ToMeeting(entity));
        }
        return [.. meetings.OrderBy(m => m.Start)];
    }

    public async Task<Meeting> AddAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MeetingsTable, cancellationToken).ConfigureAwait(false);
        var entity = MeetingMapper.ToEntity(meeting, time.GetUtcNow());
        var response = await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        return meeting with { ETag = ETags.Text(response.RequireETag()) };
    }

    /// <summary>Replaces the meeting if it still has the ETag <paramref name="seenETag"/>.</summary>
    public async Task<MeetingSave> ReplaceAsync(Meeting meeting, string seenETag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MeetingsTable, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(MeetingMapper.ToEntity(meeting, time.GetUtcNow()), ETags.Parse(seenETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new MeetingSave(SaveStatus.Saved, meeting with { ETag = ETags.Text(response.RequireETag()) });
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            var latest = await FindAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            return new MeetingSave(latest is null ? SaveStatus.Missing : SaveStatus.Stale, latest);
        }
    }

    /// <summary>Records (or changes) one person's answer; the last answer wins.</summary>
    public async Task AnswerAsync(string meetingId, Rsvp rsvp, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RsvpsTable, cancellationToken).ConfigureAwait(false);
        var entity = new RsvpEntity
        {
            PartitionKey = TableKey.Escape(meetingId),
            RowKey = TableKey.Escape(rsvp.UserId),
            MeetingId = meetingId,
            UserId = rsvp.UserId,
            Name = rsvp.Name,
            Attending = rsvp.Attending,
            AnsweredAt = rsvp.AnsweredAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Rsvp>> AnswersAsync(string meetingId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RsvpsTable, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(meetingId)}");
        var answers = new List<Rsvp>();
        await foreach (var entity in table.QueryAsync<RsvpEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            answers.Add(new Rsvp(entity.UserId, entity.Name, entity.Attending, entity.AnsweredAt));
        }
        return [.. answers.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Every answer to every meeting, by meeting id (a few hundred rows at most), for the meetings list.</summary>
    public async Task<ILookup<string, Rsvp>> AllAnswersAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RsvpsTable, cancellationToken).ConfigureAwait(false);
        var rows = new List<RsvpEntity>();
        await foreach (var entity in table.QueryAsync<RsvpEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity);
        }
        return rows.ToLookup(r => r.MeetingId, r => new Rsvp(r.UserId, r.Name, r.Attending, r.AnsweredAt), StringComparer.Ordinal);
    }
}

/// <summary>The outcome of a conditional write, with the saved meeting (Saved) or the latest one (Stale).</summary>
internal sealed record MeetingSave(SaveStatus Status, Meeting? Meeting);

/// <summary>How a conditional write ended: saved, refused because someone changed the meeting first, or the meeting is gone.</summary>
internal enum SaveStatus
{
    Saved,
    Stale,
    Missing,
}
