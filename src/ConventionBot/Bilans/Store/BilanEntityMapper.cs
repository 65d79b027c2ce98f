using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConventionBot.Bilans.Contract;
using ConventionBot.Storage;

namespace ConventionBot.Bilans;

/// <summary>Converts bilan rows to records and back.</summary>
internal static class BilanEntityMapper
{
    // Names stay readable in storage (é, not \u00E9): the JSON is never embedded in HTML.
    private static readonly JsonSerializerOptions ContributorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ChantierBilan ToChantier(BilanRowEntity row) => new(
        row.Chantier, row.Status, ToContent(row), row.Version, ETags.Text(row.ETag), row.By, row.At, row.Comment,
        JsonSerializer.Deserialize<List<Contributor>>(row.Contributors) ?? [])
    {
        // Rows written before the reviewer was kept: when the row is the review itself, its author is the reviewer.
        ReviewedBy = row.ReviewedBy ?? (IsReview(row.Event) ? row.By : null),
        ReviewedAt = row.ReviewedAt ?? (IsReview(row.Event) ? row.At : null),
    };

    public static BilanVersion ToVersion(BilanRowEntity row) =>
        new(row.Chantier, row.Version, row.Event, ToContent(row), row.By, row.At, row.Comment);

    public static BilanRowEntity ToRow(string partition, string rowKey, ChantierBilan bilan, BilanEvent @event, string? byAadObjectId) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        Chantier = bilan.Chantier,
        Status = bilan.Status,
        Event = @event,
        Version = bilan.Version,
        Modalities = string.Join(",", bilan.Content.Modalities.Select(m => m.ToString(CultureInfo.InvariantCulture))),
        Actions = bilan.Content.Actions,
        Figures = JsonSerializer.Serialize(bilan.Content.Figures),
        Difficulties = bilan.Content.Difficulties,
        Outlook = bilan.Content.Outlook,
        Progress = bilan.Content.Progress,
        By = bilan.LastBy ?? "",
        ByAadObjectId = byAadObjectId,
        At = bilan.LastAt ?? default,
        Comment = bilan.ReviewComment,
        ReviewedBy = bilan.ReviewedBy,
        ReviewedAt = bilan.ReviewedAt,
        Contributors = ContributorsThatFit(bilan.Contributors),
    };

    /// <summary>The campaign row, read with the chantiers in one query (hence as a <see cref="BilanRowEntity"/>).</summary>
    public static BilanCampaign ToCampaign(string conventionId, int year, BilanRowEntity row) => new(
        conventionId, year, DateOnly.ParseExact(row.Deadline ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.OpenedBy ?? "", row.OpenedAt ?? default, ETags.Text(row.ETag));

    public static BilanCampaignEntity ToEntity(BilanCampaign campaign) => new()
    {
        PartitionKey = BilanKeys.Partition(campaign.ConventionId, campaign.Year),
        Deadline = campaign.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OpenedBy = campaign.OpenedBy,
        OpenedAt = campaign.OpenedAt,
    };

    // The list grows with each new contributor: the oldest make way once it would outgrow one property
    // (32 K characters, about 20 people with the longest ids and names a channel sends, hundreds in practice).
    private static string ContributorsThatFit(IReadOnlyList<Contributor> contributors)
    {
        for (var oldest = 0; ; oldest++)
        {
            var json = JsonSerializer.Serialize(contributors.Skip(oldest), ContributorJson);
            if (json.Length <= TableLimits.MaxStringChars)
            {
                return json;
            }
        }
    }

    private static bool IsReview(BilanEvent @event) => @event is BilanEvent.Validated or BilanEvent.ChangesRequested;

    // Values are strings; rows written before indicators came from the definition hold whole numbers.
    private static Dictionary<string, string> ReadFigures(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? []).ToDictionary(
            f => f.Key, f => f.Value.ValueKind == JsonValueKind.String ? f.Value.GetString() ?? "" : f.Value.GetRawText(), StringComparer.Ordinal);

    private static BilanContent ToContent(BilanRowEntity row) => new(
        [.. row.Modalities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => int.Parse(m, CultureInfo.InvariantCulture))],
        row.Actions,
        ReadFigures(row.Figures),
        row.Difficulties,
        row.Outlook,
        row.Progress);
}
