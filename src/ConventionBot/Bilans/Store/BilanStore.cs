using Azure.Data.Tables;
using Azure;
using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Storage;

namespace ConventionBot.Bilans;

/// <summary>
/// Bilan campaigns and chantier bilans in Table Storage. Every write is conditional: a campaign is opened
/// once, and a chantier is saved only over the version its author saw (ETag), together with its history row.
/// </summary>
public sealed class BilanStore(TableProvider tables) : IBilanYears
{
    public const string TableName = "Bilans";

    /// <summary>The year's campaign and every chantier of <paramref name="convention"/>'s current bilan.</summary>
    public Task<BilanYear> LoadYearAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return LoadYearAsync(convention.Id, year, convention.Chantiers.Select(c => c.Number), cancellationToken);
    }

    /// <summary>The year's campaign and every chantier's current bilan (not started when never saved), in one query.</summary>
    public async Task<BilanYear> LoadYearAsync(string conventionId, int year, IEnumerable<int> chantiers, CancellationToken cancellationToken) =>
        (await LoadPartitionAsync(conventionId, year, chantiers, cancellationToken).ConfigureAwait(false)).Year;

    /// <summary>The year's bilan and its contribution row, in one query.</summary>
    public Task<BilanPartition> LoadPartitionAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return LoadPartitionAsync(convention.Id, year, convention.Chantiers.Select(c => c.Number), cancellationToken);
    }

    private async Task<BilanPartition> LoadPartitionAsync(string conventionId, int year, IEnumerable<int> chantiers, CancellationToken cancellationToken)
    {
        var partition = BilanKeys.Partition(conventionId, year);
        var rows = await QueryAsync(TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey lt {BilanKeys.HistoryPrefix}"), cancellationToken).ConfigureAwait(false);
        return ToPartition(conventionId, year, chantiers, rows);
    }

    /// <summary>
    /// Every year of <paramref name="convention"/> (campaign and chantiers), in one query: the years' partitions are
    /// adjacent, and the rows before <c>history|</c> are the campaign and the chantiers' current bilans.
    /// </summary>
    public async Task<IReadOnlyList<BilanYear>> LoadYearsAsync(ConventionDefinition convention, CancellationToken cancellationToken) =>
        [.. (await LoadPartitionsAsync(convention, cancellationToken).ConfigureAwait(false)).Select(p => p.Year)];

    /// <summary>Every year of <paramref name="convention"/>, bilan and contribution row, in one query (see <see cref="LoadYearsAsync"/>).</summary>
    public async Task<IReadOnlyList<BilanPartition>> LoadPartitionsAsync(ConventionDefinition convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var partitions = convention.Years.ToDictionary(y => BilanKeys.Partition(convention.Id, y), StringComparer.Ordinal);
        var rows = await QueryAsync(TableClient.CreateQueryFilter(
            $"PartitionKey ge {partitions.Keys.Min(StringComparer.Ordinal)} and PartitionKey le {partitions.Keys.Max(StringComparer.Ordinal)} and RowKey lt {BilanKeys.HistoryPrefix}"),
            cancellationToken).ConfigureAwait(false);
        // Another convention's partitions may sort in between (an id that extends this one): keep only this one's.
        var byYear = rows.Where(r => partitions.ContainsKey(r.PartitionKey)).ToLookup(r => partitions[r.PartitionKey]);
        var numbers = convention.Chantiers.Select(c => c.Number).ToList();
        return [.. convention.Years.Select(y => ToPartition(convention.Id, y, numbers, byYear[y]))];
    }

    /// <returns>The opened campaign, or null when someone opened it first.</returns>
    public async Task<BilanCampaign?> OpenAsync(BilanCampaign campaign, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.AddEntityAsync(BilanEntityMapper.ToEntity(campaign), cancellationToken).ConfigureAwait(false);
            return campaign with { ETag = ETags.Text(response.RequireETag()) };
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }
    }

    /// <returns>The campaign with its new deadline, or null when it changed since <paramref name="campaign"/>'s ETag.</returns>
    public async Task<BilanCampaign?> ChangeDeadlineAsync(
        BilanCampaign campaign, DateOnly deadline, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var changed = campaign with { Deadline = deadline };
        var entity = BilanEntityMapper.ToEntity(changed);
        entity.UpdatedBy = by;
        entity.UpdatedAt = at;
        try
        {
            var response = await table.UpdateEntityAsync(entity, ETags.Parse(campaign.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return changed with { ETag = ETags.Text(response.RequireETag()) };
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="next"/> as the chantier's current bilan and keeps it as a version, atomically,
    /// only if the stored bilan still has <paramref name="expectedETag"/> (null: only if never saved).
    /// </summary>
    /// <returns>The saved bilan with its new ETag, or null when someone saved in between.</returns>
    public async Task<ChantierBilan?> SaveAsync(
        string conventionId, int year, ChantierBilan next, BilanEvent @event, string? byAadObjectId, string? expectedETag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var partition = BilanKeys.Partition(conventionId, year);
        var current = BilanEntityMapper.ToRow(partition, BilanKeys.Chantier(next.Chantier), next, @event, byAadObjectId);
        var history = BilanEntityMapper.ToRow(partition, BilanKeys.History(next.Chantier, next.Version), next, @event, byAadObjectId);
        history.Contributors = "[]";
        TableTransactionAction write = expectedETag is null
            ? new(TableTransactionActionType.Add, current)
            : new(TableTransactionActionType.UpdateReplace, current, ETags.Parse(expectedETag));
        try
        {
            var responses = await table.SubmitTransactionAsync([write, new(TableTransactionActionType.Add, history)], cancellationToken)
                .ConfigureAwait(false);
            return next with { ETag = ETags.Text(responses.Value[0].RequireETag()) };
        }
        catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Every kept version of a chantier's bilan, oldest first.</summary>
    public async Task<IReadOnlyList<BilanVersion>> HistoryAsync(string conventionId, int year, int chantier, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var prefix = BilanKeys.HistoryOf(chantier);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {BilanKeys.Partition(conventionId, year)} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var versions = new List<BilanVersion>();
        await foreach (var row in table.QueryAsync<BilanRowEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(BilanEntityMapper.ToVersion(row));
        }
        return versions;
    }

    /// <summary>
    /// <see cref="LoadPartitionsAsync"/>, read once per <see cref="ReadMemo"/> scope by the parts of a card that need it
    /// (the bilans' and the contribution's parts of the convention card and of the deadlines).
    /// </summary>
    public Task<IReadOnlyList<BilanPartition>> LoadSharedPartitionsAsync(ConventionDefinition convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return ReadMemo.GetOrLoadAsync("bilan-years|" + convention.Id, () => LoadPartitionsAsync(convention, cancellationToken));
    }

    /// <summary>The years' bilans of <see cref="LoadSharedPartitionsAsync"/>.</summary>
    public async Task<IReadOnlyList<BilanYear>> LoadSharedYearsAsync(ConventionDefinition convention, CancellationToken cancellationToken) =>
        [.. (await LoadSharedPartitionsAsync(convention, cancellationToken).ConfigureAwait(false)).Select(p => p.Year)];

    private async Task<List<BilanRowEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rows = new List<BilanRowEntity>();
        await foreach (var row in table.QueryAsync<BilanRowEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return rows;
    }

    // Rows other than the campaign and the chantiers (the contribution) are not the bilan's: they are handed on as they are.
    private static BilanPartition ToPartition(string conventionId, int year, IEnumerable<int> chantiers, IEnumerable<BilanRowEntity> rows)
    {
        BilanCampaign? campaign = null;
        ContributionRow? contribution = null;
        var saved = new Dictionary<int, ChantierBilan>();
        var delays = new List<BilanDelay>();
        foreach (var row in rows)
        {
            if (row.RowKey == BilanCampaignEntity.Row)
            {
                campaign = BilanEntityMapper.ToCampaign(conventionId, year, row);
            }
            else if (row.RowKey.StartsWith(BilanKeys.ChantierPrefix, StringComparison.Ordinal))
            {
                saved[row.Chantier] = BilanEntityMapper.ToChantier(row);
            }
            else if (row.RowKey.StartsWith(BilanKeys.DelayPrefix, StringComparison.Ordinal) && BilanDelayStore.ToDelay(row) is { } delay)
            {
                delays.Add(delay);
            }
            else if (row.RowKey == BilanKeys.Contribution)
            {
                contribution = new ContributionRow(
                    row.ETag, row.CallSentOn, row.Documents, row.Decision, row.ReducedAmount, row.Reason, row.PaidOn, row.UpdatedBy, row.UpdatedAt);
            }
        }
        var bilan = new BilanYear(year, campaign, [.. chantiers.Order().Select(n => saved.GetValueOrDefault(n) ?? ChantierBilan.NotStarted(n))])
        {
            Delays = delays,
        };
        return new BilanPartition(bilan, contribution);
    }

    public async Task<BilanVersion?> FindVersionAsync(string conventionId, int year, int chantier, int version, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<BilanRowEntity>(
            BilanKeys.Partition(conventionId, year), BilanKeys.History(chantier, version), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? BilanEntityMapper.ToVersion(found.Value!) : null;
    }
}
