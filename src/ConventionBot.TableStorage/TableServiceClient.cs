using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// The account-level client: creates and deletes tables and hands out <see cref="TableClient"/>s that share its
/// pipeline (mirrors <c>Azure.Data.Tables.TableServiceClient</c>). Thread-safe; register one as a singleton.
/// </summary>
public sealed class TableServiceClient
{
    private readonly TableRestClient _rest;

    /// <summary>Creates a client from a storage connection string (account key, SAS or <c>UseDevelopmentStorage=true</c>).</summary>
    /// <exception cref="FormatException">The connection string is malformed or incomplete.</exception>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        => _rest = TablePipelineFactory.FromConnectionString(connectionString, options);

    /// <summary>Creates a client that signs requests with an account key.</summary>
    /// <param name="endpoint">The table service endpoint, e.g. <c>https://account.table.core.windows.net</c>.</param>
    public TableServiceClient(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options = null)
        => _rest = TablePipelineFactory.FromSharedKey(endpoint, credential, options);

    /// <summary>Creates a client that authenticates with Entra ID tokens (https endpoints only).</summary>
    /// <param name="endpoint">The table service endpoint, e.g. <c>https://account.table.core.windows.net</c>.</param>
    public TableServiceClient(Uri endpoint, TokenCredential tokenCredential, TableClientOptions? options = null)
        => _rest = TablePipelineFactory.FromToken(endpoint, tokenCredential, options);

    /// <summary>The storage account name.</summary>
    public string AccountName => _rest.AccountName;

    /// <summary>The table service endpoint.</summary>
    public Uri Uri => _rest.Endpoint;

    /// <summary>
    /// Builds an OData filter from an interpolated string, quoting and escaping each value: strings (quotes doubled),
    /// bool, numbers (invariant; long as <c>123L</c>), Guid, DateTime/DateTimeOffset (UTC), byte[] (hex) and enums (by name).
    /// Never build filters by concatenating input.
    /// </summary>
    /// <example><c>TableServiceClient.CreateQueryFilter($"PartitionKey eq {pk} and Count gt {min}")</c></example>
    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    /// <summary>Returns a client for the table (no request is made).</summary>
    /// <exception cref="ArgumentException">The table name is invalid.</exception>
    public TableClient GetTableClient(string tableName) => new(_rest, tableName);

    /// <summary>Creates a table; fails with 409 <c>TableAlreadyExists</c> if it exists.</summary>
    public Task<Response<TableItem>> CreateTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateAsync(cancellationToken);

    /// <summary>Creates a table unless it exists.</summary>
    public Task<Response<TableItem>> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes a table; a missing table (404) is not an error.</summary>
    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);
}
