using System.Text.Json;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>Single-entity operations.</summary>
public sealed partial class TableClient
{
    /// <summary>Inserts the entity; fails with 409 <c>EntityAlreadyExists</c> if it exists.</summary>
    /// <remarks>If the pipeline retried a try that had in fact succeeded, the retry reports 409: the insert may be applied.</remarks>
    /// <exception cref="ArgumentException">The entity breaks a service limit (key characters or length, property count, name, size).</exception>
    public Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new() =>
        SendAsync(EntityRequest.Create(Name, TableTransactionActionType.Add, entity, default), cancellationToken);

    /// <summary>Reads an entity; fails with 404 <c>ResourceNotFound</c> if it does not exist.</summary>
    /// <param name="select">The properties to return, or null for all.</param>
    public async Task<Response<T>> GetEntityAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await SendGetAsync(partitionKey, rowKey, select, [], cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ReadEntity<T>(response), response);
    }

    /// <summary>Reads an entity; <see cref="NullableResponse{T}.HasValue"/> is false if it does not exist (a missing table still throws).</summary>
    public async Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await SendGetAsync(partitionKey, rowKey, select, [404], cancellationToken).ConfigureAwait(false);
        if (response.Status != 404)
        {
            return Response.FromValue(ReadEntity<T>(response), response);
        }

        return ErrorCode(response) == "TableNotFound" ? throw TableRestClient.CreateException(response) : new NoValueResponse<T>(response);
    }

    /// <summary>Inserts the entity, or merges into / replaces the existing one, unconditionally.</summary>
    public Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var type = mode == TableUpdateMode.Replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.UpsertMerge;
        return SendAsync(EntityRequest.Create(Name, type, entity, default), cancellationToken);
    }

    /// <summary>Updates an existing entity if its ETag still matches <paramref name="ifMatch"/> (use <see cref="ETag.All"/> for unconditional).</summary>
    /// <remarks>
    /// Fails with 412 <c>UpdateConditionNotSatisfied</c> on a stale ETag and 404 if the entity is gone. A 412 after a pipeline
    /// retry may mean the first try was applied: re-read before deciding.
    /// </remarks>
    public Task<Response> UpdateEntityAsync<T>(
        T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("Pass the entity's ETag, or ETag.All to update unconditionally.", nameof(ifMatch));
        }

        var type = mode == TableUpdateMode.Replace ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.UpdateMerge;
        return SendAsync(EntityRequest.Create(Name, type, entity, ifMatch), cancellationToken);
    }

    /// <summary>Deletes an entity; unconditional by default (<c>If-Match: *</c>). A missing entity (404) is not an error.</summary>
    /// <exception cref="RequestFailedException">412 <c>UpdateConditionNotSatisfied</c> when <paramref name="ifMatch"/> is stale.</exception>
    public async Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        using var message = _rest.CreateMessage(EntityRequest.Create(Name, TableTransactionActionType.Delete, entity, ifMatch));
        return await _rest.SendAsync(message, cancellationToken, 404).ConfigureAwait(false);
    }

    private async Task<Response> SendAsync(EntityRequest request, CancellationToken cancellationToken)
    {
        using var message = _rest.CreateMessage(request);
        return await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Response> SendGetAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select, int[] accepted, CancellationToken cancellationToken)
    {
        using var message = _rest.CreateMessage(RequestMethod.Get, EntityRequest.KeyPath(Name, partitionKey, rowKey));
        AppendSelect(message, select);
        return await _rest.SendAsync(message, cancellationToken, accepted).ConfigureAwait(false);
    }

    private static void AppendSelect(HttpMessage message, IEnumerable<string>? select)
    {
        if (select is not null)
        {
            message.Request.Uri.AppendQuery("$select", string.Join(",", select));
        }
    }

    private static T ReadEntity<T>(Response response)
        where T : class, ITableEntity, new()
    {
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var etag = response.Headers.ETag ?? default;
        return EntityMapper.FromProperties<T>(EntityJsonReader.Read(document.RootElement), etag);
    }
}
