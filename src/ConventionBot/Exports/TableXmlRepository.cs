using System.Xml.Linq;
using ConventionBot.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ConventionBot.Exports;

/// <summary>
/// Keeps the Data Protection key ring in Table Storage, so every instance, and the app after a restart, signs and
/// checks export links with the same keys. Keys are stored as Data Protection writes them; the storage account is
/// encrypted at rest and reached with the app's managed identity.
/// </summary>
internal sealed class TableXmlRepository(TableProvider tables) : IXmlRepository
{
    public const string TableName = "DataProtectionKeys";

    // Data Protection calls this interface synchronously and rarely (start-up, key ring refresh about daily, key
    // creation), never on a request thread that waits for it otherwise: blocking here is the documented pattern.
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var elements = new List<XElement>();
        await foreach (var row in table.QueryAsync<DataProtectionKeyEntity>().ConfigureAwait(false))
        {
            elements.Add(XElement.Parse(row.Xml));
        }
        return elements;
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var entity = new DataProtectionKeyEntity
        {
            RowKey = TableKey.Escape(string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName),
            Xml = element.ToString(SaveOptions.DisableFormatting),
        };
        // Upsert: Data Protection may retry a store whose first attempt reached the table.
        await table.UpsertEntityAsync(entity, Azure.Data.Tables.TableUpdateMode.Replace).ConfigureAwait(false);
    }
}
