namespace ConventionBot.Meetings;

/// <summary>A form read into <typeparamref name="T"/>, or the messages (by input id) that explain why it could not be.</summary>
internal sealed record Validated<T>(T? Value, IReadOnlyDictionary<string, string> Errors)
    where T : class
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}
