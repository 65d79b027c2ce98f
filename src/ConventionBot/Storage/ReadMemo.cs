using System.Collections.Concurrent;

namespace ConventionBot.Storage;

/// <summary>
/// Shares a read between the parts of one answer. The parts of a card (the reports of the convention card) are
/// built side by side and several need the same rows (the bilans of every year); inside <see cref="Begin"/>, the
/// first part to ask reads, the others await that same read. Outside a scope nothing is kept, so a write is never
/// followed by a stale read: a scope only spans building one answer, after every write of its turn.
/// </summary>
public static class ReadMemo
{
    private static readonly AsyncLocal<ConcurrentDictionary<string, Lazy<Task<object>>>?> Current = new();

    /// <summary>Starts sharing reads for the calling flow and the tasks it starts; dispose to stop.</summary>
    public static IDisposable Begin()
    {
        var previous = Current.Value;
        Current.Value = new(StringComparer.Ordinal);
        return new Scope(previous);
    }

    /// <summary>The value read under <paramref name="key"/> in this scope, read by <paramref name="load"/> the first time.</summary>
    public static async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (Current.Value is not { } memo)
        {
            return await load().ConfigureAwait(false);
        }
        var shared = memo.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await load().ConfigureAwait(false)));
        return (T)await shared.Value.ConfigureAwait(false);
    }

    private sealed class Scope(ConcurrentDictionary<string, Lazy<Task<object>>>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
