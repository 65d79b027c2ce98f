using System.Text.Json;

namespace ConventionBot.Meetings;

/// <summary>What a governance alert carries: the convention, the year and the checkpoint to re-check at send time.</summary>
internal sealed record CheckpointPayload(string ConventionId, int Year, string Instance, int Month, int Day, int Minimum)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CheckpointPayload For(CheckpointAlert alert) => new(
        alert.ConventionId, alert.Year, alert.Checkpoint.Instance, alert.Checkpoint.Month, alert.Checkpoint.Day, alert.Checkpoint.Minimum);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CheckpointPayload Read(string json) =>
        JsonSerializer.Deserialize<CheckpointPayload>(json, Json) ?? throw new JsonException("Empty governance alert payload.");

    public bool Matches(GovernanceCheckpoint checkpoint) =>
        string.Equals(checkpoint.Instance, Instance, StringComparison.OrdinalIgnoreCase)
        && checkpoint.Month == Month && checkpoint.Day == Day && checkpoint.Minimum == Minimum;
}
