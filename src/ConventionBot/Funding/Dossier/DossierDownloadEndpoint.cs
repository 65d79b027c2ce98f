using ConventionBot.Access;
using Microsoft.AspNetCore.Mvc;

namespace ConventionBot.Funding;

/// <summary>
/// <c>GET /dossiers/{conventionId}/{year}/{itemId}/fichiers/{uploadId}?t=…</c>: a dossier file, as an attachment, for
/// a valid signed link only (made when the contribution card was shown). Anything else is a bare 404, as for exports.
/// </summary>
internal static class DossierDownloadEndpoint
{
    public static async Task<IResult> HandleAsync(
        string conventionId, int year, string itemId, string uploadId, [FromQuery(Name = ISignedLinks.TokenParameter)] string? token,
        HttpContext context, ISignedLinks links, DossierService dossier, DossierBlobs blobs)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(context.Request.Path.Value ?? "", token)
            || await dossier.FindAsync(conventionId, year, itemId, uploadId, context.RequestAborted).ConfigureAwait(false) is not { } file)
        {
            return Results.NotFound();
        }
        DossierPageHeaders.Set(context, formAction: false);
        var content = await blobs.OpenReadAsync(file, context.RequestAborted).ConfigureAwait(false);
        return Results.Stream(content, file.ContentType, file.FileName);
    }
}
