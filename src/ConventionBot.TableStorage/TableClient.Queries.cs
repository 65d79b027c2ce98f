using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>Queries and entity group transactions.</summary>
public sealed partial class TableClient
{
    private const int DefaultPageSize = 1000;

    /// <summary>Queries entities page by page, following continuation tokens (pages may be empty yet not last).</summary>
    /// <param name="filter">An OData filter built with <see cref="CreateQueryFilter"/>, or null for all entities.</param>
    /// <param name="maxPerPage">The page size ($top), at most 1000 (the default).</param>
    /// <param name="select">The properties to return, or null for all.</param>
    public AsyncPageable<T> QueryAsync<T>(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var selected = select?.ToArray();
        return new EntityPageable<T>(
            (token, pageSize, ct) => QueryPageAsync<T>(filter, pageSize ?? maxPerPage, selected, token, ct), cancellationToken);
    }

    /// <summary>Applies all actions atomically: they must share one PartitionKey, name each entity once, and number 1 to 100.</summary>
    /// <returns>One response per action, in order (each with the new ETag).</returns>
    /// <exception cref="ArgumentException">The actions break a transaction rule or an entity limit; nothing was sent.</exception>
    /// <exception cref="TableTransactionFailedException">The service rejected the transaction; nothing was applied.</exception>
    /// <remarks>A pipeline retry of a transaction that had in fact committed fails with 409: it may be applied.</remarks>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        var actions = TransactionValidator.Validate(transactionActions);
        var requests = actions.Select(a => EntityRequest.Create(Name, a.ActionType, a.Entity, a.ETag));
        var (body, contentType) = TableBatchWriter.Write(_rest.BaseAddress, requests);
        using var message = _rest.CreateMessage(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await _rest.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.IsError)
        {
            throw new TableTransactionFailedException(response, null);
        }

        // The service answers 202 even when the change set failed: the failure is one of the parts.
        var parts = TableBatchReader.Read(response);
        var failed = parts.FirstOrDefault(p => p.Status >= 400);
        return failed is null
            ? Response.FromValue(parts, response)
            : throw new TableTransactionFailedException(failed, TableBatchReader.FailedActionIndex(failed));
    }

    private async Task<Page<T>> QueryPageAsync<T>(
        string? filter, int? top, string[]? select, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        using var message = _rest.CreateMessage(RequestMethod.Get, $"/{Name}()");
        var uri = message.Request.Uri;
        if (filter is not null)
        {
            uri.AppendQuery("$filter", filter);
        }

        uri.AppendQuery("$top", (top ?? DefaultPageSize).ToString(CultureInfo.InvariantCulture));
        AppendSelect(message, select);
        AppendContinuation(uri, continuationToken);
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entities = document.RootElement.GetProperty("value").EnumerateArray()
            .Select(e => EntityMapper.FromProperties<T>(EntityJsonReader.Read(e), default))
            .ToList();
        return Page<T>.FromValues(entities, NextContinuation(response), response);
    }

    // The token is "NextPartitionKey NextRowKey": service tokens never contain spaces.
    private static void AppendContinuation(RequestUriBuilder uri, string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return;
        }

        var parts = continuationToken.Split(' ', 2);
        uri.AppendQuery("NextPartitionKey", parts[0]);
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            uri.AppendQuery("NextRowKey", parts[1]);
        }
    }

    private static string? NextContinuation(Response response) =>
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partitionKey) && !string.IsNullOrEmpty(partitionKey)
            ? response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rowKey) ? $"{partitionKey} {rowKey}" : partitionKey
            : null;
}
