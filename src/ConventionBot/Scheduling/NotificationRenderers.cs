namespace ConventionBot.Scheduling;

/// <summary>The registered renderers by kind: a kind rendered twice is a wiring mistake, refused at start-up.</summary>
internal sealed class NotificationRenderers
{
    private readonly Dictionary<string, INotificationRenderer> _byKind = new(StringComparer.Ordinal);

    public NotificationRenderers(IEnumerable<INotificationRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        foreach (var renderer in renderers)
        {
            if (!_byKind.TryAdd(renderer.Kind, renderer))
            {
                throw new InvalidOperationException($"Two notification renderers claim the kind '{renderer.Kind}'.");
            }
        }
    }

    public bool Contains(string kind) => _byKind.ContainsKey(kind);

    /// <summary>The renderer of <paramref name="kind"/>; throws when none is registered (e.g. an older instance during a deployment).</summary>
    public INotificationRenderer Get(string kind) => _byKind.TryGetValue(kind, out var renderer)
        ? renderer
        : throw new InvalidOperationException($"No notification renderer is registered for the kind '{kind}'.");
}
