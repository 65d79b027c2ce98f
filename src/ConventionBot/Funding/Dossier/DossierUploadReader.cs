using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ConventionBot.Funding;

/// <summary>
/// Reads the upload form (<c>multipart/form-data</c>, one file in field <see cref="FieldName"/>) as it streams in, never
/// holding more than the size limit: the file goes to a temporary file that deletes itself, its name and first
/// bytes are checked, and any problem stops the reading.
/// </summary>
internal static class DossierUploadReader
{
    public const string FieldName = "fichier";

    // Room for the multipart boundaries and part headers around the file.
    private const long FormOverhead = 64 * 1024;

    public static async Task<(DossierUpload? Upload, DossierUploadProblem Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes + FormOverhead)
        {
            return (null, DossierUploadProblem.TooLarge);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + FormOverhead;
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, DossierUploadProblem.NoFile);
        }
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.Name.Value?.Trim('"') == FieldName && FileName(disposition) is { } name)
            {
                return await ReadFileAsync(section.Body, name, maxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        return (null, DossierUploadProblem.NoFile);
    }

    private static string? FileName(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } star ? star
        : HeaderUtilities.RemoveQuotes(disposition.FileName).Value is { } plain ? plain
        : null;

    /// <summary>A file's bytes as they stream in (the upload form's part, or a file sent in chat), checked as the form's are.</summary>
    public static async Task<(DossierUpload? Upload, DossierUploadProblem Problem)> ReadFileAsync(Stream body, string name, long maxBytes, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return (null, DossierUploadProblem.NoFile);
        }
        if (!DossierFileRules.IsPlainName(name))
        {
            return (null, DossierUploadProblem.BadName);
        }
        var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var problem = await CopyAsync(body, buffer, maxBytes, cancellationToken).ConfigureAwait(false);
        var head = new byte[DossierFileRules.SniffLength];
        buffer.Position = 0;
        var headLength = await buffer.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var contentType = DossierFileRules.ContentType(name, head.AsSpan(0, headLength));
        problem = problem != DossierUploadProblem.None ? problem : contentType is null ? DossierUploadProblem.BadType : DossierUploadProblem.None;
        if (problem != DossierUploadProblem.None)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            return (null, problem);
        }
        return (new DossierUpload(name, contentType!, buffer.Length, buffer), DossierUploadProblem.None);
    }

    private static async Task<DossierUploadProblem> CopyAsync(Stream body, Stream buffer, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return DossierUploadProblem.TooLarge;
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return total == 0 ? DossierUploadProblem.Empty : DossierUploadProblem.None;
    }
}
