using System.Collections.Concurrent;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Storage;
using Azure.Data.Tables;

namespace ConventionBot.Conversation;

/// <summary>
/// Remembers every conversation the bot is in, refreshed from each verified activity so a changed
/// serviceUrl is picked up. Unchanged references cost no write: the hot path stays read-free and write-free.
/// </summary>
public sealed class ConversationReferenceStore(TableProvider tables, TimeProvider timeProvider)
{
    public const string TableName = "ConversationReferences";

    // A fingerprint of what was last written, not the row: the store keeps one entry per conversation for the
    // process's life, and whole rows cost about 0.5 KB each (10 MB for 20 000 users) against 16 bytes.
    private readonly ConcurrentDictionary<string, UInt128> _written = new(StringComparer.Ordinal);

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ConversationReferenceMapper.FromActivity(activity) is not { } entity)
        {
            return;
        }
        var fingerprint = ConversationReferenceFingerprint.Of(entity);
        if (_written.TryGetValue(entity.ConversationId, out var last) && last == fingerprint)
        {
            return;
        }
        entity.UpdatedAt = timeProvider.GetUtcNow();
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        _written[entity.ConversationId] = fingerprint;
    }

    /// <summary>Forgets what was last written for a conversation whose row was deleted (an erased person's chat), so a new message stores it again.</summary>
    public void Forget(string conversationId) => _written.TryRemove(conversationId, out _);

    /// <summary>The bot was removed, uninstalled, or the conversation is gone (403/404 on a send).</summary>
    public async Task MarkInactiveAsync(string conversationId, CancellationToken cancellationToken)
    {
        _written.TryRemove(conversationId, out _);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var existing = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            ConversationReferenceEntity.Partition, TableKey.Escape(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing is { HasValue: true, Value: { IsActive: true } entity })
        {
            entity.IsActive = false;
            entity.UpdatedAt = timeProvider.GetUtcNow();
            // Unconditional: whoever wrote last, the conversation is gone now.
            await table.UpdateEntityAsync(entity, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every stored conversation, by id, in one query (pages of 1 000): a notification's recipients are looked up here
    /// once rather than read one by one.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StoredConversation>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ConversationReferenceEntity.Partition}");
        var stored = new Dictionary<string, StoredConversation>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<ConversationReferenceEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            stored[entity.ConversationId] = ConversationReferenceMapper.ToStored(entity);
        }
        return stored;
    }

    public async Task<StoredConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            ConversationReferenceEntity.Partition, TableKey.Escape(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ConversationReferenceMapper.ToStored(found.Value!) : null;
    }
}
