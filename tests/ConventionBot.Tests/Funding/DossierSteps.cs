using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ConventionBot.Funding;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Funding;

/// <summary>What a person does with the dossier's links outside Teams, and what the storage holds afterwards.</summary>
internal static class DossierSteps
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0];

    /// <summary>The upload link the card shows for <paramref name="itemId"/>, as a path and query on the app.</summary>
    public static string UploadLink(JsonElement card, string itemId) =>
        CardJson.Links(card).Single(l => l.AbsolutePath.EndsWith($"/{itemId}/depot", StringComparison.Ordinal)).PathAndQuery;

    /// <summary>The card's download links of an item's files, newest first.</summary>
    public static IReadOnlyList<string> DownloadLinks(JsonElement card, string itemId) =>
        [.. CardJson.Links(card).Where(l => l.AbsolutePath.Contains($"/{itemId}/fichiers/", StringComparison.Ordinal)).Select(l => l.PathAndQuery)];

    /// <summary>The value of the rejection form's choice for <paramref name="itemId"/>'s newest file.</summary>
    public static string Choice(JsonElement card, string itemId) =>
        Regex.Match(card.GetRawText(), $"\"value\":\"({Regex.Escape(itemId)}\\|[^\"]+)\"").Groups[1].Value;

    /// <summary>Posts the upload form as a browser does (<c>multipart/form-data</c>), with the file name written as is.</summary>
    public static async Task<(int Status, string Page)> PostFileAsync(HttpClient client, string link, string fileName, byte[] content)
    {
        var boundary = "----dossier" + Guid.NewGuid().ToString("N");
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"{DossierUploadReader.FieldName}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.Write(content);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        using var request = new ByteArrayContent(body.ToArray());
        request.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        using var response = await client.PostAsync(link, request);
        return ((int)response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>How many files the app stored: blobs in its container, and rows in its table.</summary>
    public static async Task<(int Blobs, int Rows)> StoredAsync(string prefix)
    {
        var container = new BlobServiceClient(TestStorage.BlobConnectionString).GetBlobContainerClient(DossierBlobs.ContainerName(prefix));
        var blobs = 0;
        if (await container.ExistsAsync())
        {
            await foreach (var _ in container.GetBlobsAsync())
            {
                blobs++;
            }
        }
        var table = TestStorage.ServiceClient().GetTableClient(prefix + DossierStore.TableName);
        await table.CreateIfNotExistsAsync();
        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>())
        {
            rows++;
        }
        return (blobs, rows);
    }
}
