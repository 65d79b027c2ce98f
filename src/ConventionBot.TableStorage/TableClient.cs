using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// Works with one table: create/delete it, and read and write its entities (mirrors <c>Azure.Data.Tables.TableClient</c>).
/// Thread-safe; keep one per table. Retries belong to the pipeline (see <see cref="TableClientOptions"/>).
/// </summary>
public sealed partial class TableClient
{
    private readonly TableRestClient _rest;

    /// <summary>Creates a client from a storage connection string.</summary>
    /// <exception cref="FormatException">The connection string is malformed or incomplete.</exception>
    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(TablePipelineFactory.FromConnectionString(connectionString, options), tableName)
    {
    }

    /// <summary>Creates a client that signs requests with an account key.</summary>
    /// <param name="endpoint">The table service endpoint, e.g. <c>https://account.table.core.windows.net</c>.</param>
    public TableClient(Uri endpoint, string tableName, TableSharedKeyCredential credential, TableClientOptions? options = null)
        : this(TablePipelineFactory.FromSharedKey(endpoint, credential, options), tableName)
    {
    }

    /// <summary>Creates a client that authenticates with Entra ID tokens (https endpoints only).</summary>
    /// <param name="endpoint">The table service endpoint, e.g. <c>https://account.table.core.windows.net</c>.</param>
    public TableClient(Uri endpoint, string tableName, TokenCredential tokenCredential, TableClientOptions? options = null)
        : this(TablePipelineFactory.FromToken(endpoint, tokenCredential, options), tableName)
    {
    }

    internal TableClient(TableRestClient rest, string tableName)
    {
        TableValidator.ValidateTableName(tableName);
        _rest = rest;
        Name = tableName;
        Uri = new Uri($"{rest.BaseAddress}/{tableName}");
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>The storage account name.</summary>
    public string AccountName => _rest.AccountName;

    /// <summary>The table's URI.</summary>
    public Uri Uri { get; }

    /// <summary>Builds an OData filter, quoting and escaping each interpolated value (see <see cref="TableServiceClient.CreateQueryFilter"/>).</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    /// <summary>Creates the table; fails with 409 <c>TableAlreadyExists</c> if it exists.</summary>
    public async Task<Response<TableItem>> CreateAsync(CancellationToken cancellationToken = default) =>
        Response.FromValue(new TableItem(Name), await SendCreateAsync([], cancellationToken).ConfigureAwait(false));

    /// <summary>Creates the table unless it exists (a 409 <c>TableAlreadyExists</c> answer is returned, not thrown).</summary>
    public async Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendCreateAsync([409], cancellationToken).ConfigureAwait(false);
        if (response.Status == 409 && ErrorCode(response) != "TableAlreadyExists")
        {
            throw TableRestClient.CreateException(response);
        }

        return Response.FromValue(new TableItem(Name), response);
    }

    /// <summary>Deletes the table; a missing table (404) is not an error.</summary>
    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = _rest.CreateMessage(RequestMethod.Delete, $"/Tables('{Name}')");
        return await _rest.SendAsync(message, cancellationToken, 404).ConfigureAwait(false);
    }

    private async Task<Response> SendCreateAsync(int[] accepted, CancellationToken cancellationToken)
    {
        using var message = _rest.CreateMessage(RequestMethod.Post, "/Tables");
        TableRestClient.SetJsonBody(message, EntityJsonWriter.Write([new("TableName", Name)]));
        return await _rest.SendAsync(message, cancellationToken, accepted).ConfigureAwait(false);
    }

    private static string? ErrorCode(Response response) =>
        TableErrorParser.Instance.TryParse(response, out var error, out _) ? error?.Code : null;
}
