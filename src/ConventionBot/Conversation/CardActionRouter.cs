namespace ConventionBot.Conversation;

/// <summary>Finds the feature that handles a card verb.</summary>
public sealed class CardActionRouter
{
    private readonly Dictionary<string, ICardAction> _byVerb = new(StringComparer.Ordinal);

    public CardActionRouter(IEnumerable<ICardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            foreach (var verb in action.Verbs)
            {
                if (!_byVerb.TryAdd(verb, action))
                {
                    throw new InvalidOperationException($"Two card actions claim the verb '{verb}'.");
                }
            }
        }
    }

    /// <summary>True when a feature registered <paramref name="verb"/>.</summary>
    public bool Handles(string verb) => _byVerb.ContainsKey(verb);

    /// <returns>The handler's reply, or null when no feature knows the verb.</returns>
    public async Task<BotReply?> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _byVerb.TryGetValue(request.Verb, out var action)
            ? await action.ExecuteAsync(request, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
