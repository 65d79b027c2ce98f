using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Exports.Contract;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>
/// <c>GET|POST /dossiers/{conventionId}/{year}/{itemId}/depot?t=…</c>: the upload page of one dossier item, for a
/// valid, unexpired, unused signed link only. Every refusal is a French page with its status, and stores nothing.
/// </summary>
internal static class DossierUploadEndpoint
{
    public static async Task<IResult> HandleAsync(
        string conventionId, int year, string itemId, [FromQuery(Name = ISignedLinks.TokenParameter)] string? token, HttpContext context,
        ConventionCatalog catalog, DossierUploadLinks links, DossierUsedLinks used, DossierService dossier, IOptionsMonitor<DossierOptions> options,
        ILogger<DossierService> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        DossierPageHeaders.Set(context, formAction: true);
        var cancellationToken = context.RequestAborted;
        if (catalog.Find(conventionId) is not { Contribution: { } terms } convention || !convention.Years.Contains(year)
            || DossierItems.Find(terms, itemId) is not { } item)
        {
            return Refused(logger, StatusCodes.Status404NotFound, "lien inconnu", DossierTexts.UnknownItem);
        }
        var grant = links.Read(DossierPaths.Upload(convention.Id, year, item.Id), token);
        if (grant.State == UploadLinkState.Invalid)
        {
            return Refused(logger, StatusCodes.Status403Forbidden, "lien invalide", DossierTexts.InvalidLink);
        }
        if (grant.State == UploadLinkState.Expired)
        {
            return Refused(logger, StatusCodes.Status410Gone, "lien expiré", DossierTexts.ExpiredLink);
        }
        if (await used.IsUsedAsync(token!, cancellationToken).ConfigureAwait(false))
        {
            return Refused(logger, StatusCodes.Status409Conflict, "lien déjà utilisé", DossierTexts.UsedLink);
        }
        var title = DossierTexts.PageTitle(item.Label, year);
        var action = context.Request.Path + context.Request.QueryString;
        var maxBytes = options.CurrentValue.MaxFileBytes;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return Html(StatusCodes.Status200OK, DossierPage.Form(title, item.Label, action, maxBytes));
        }
        var (upload, problem) = await ReadAsync(context.Request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            DossierLog.UploadRefused(logger, problem.ToString());
            return Html(StatusOf(problem), DossierPage.Form(title, item.Label, action, maxBytes, DossierTexts.Problem(problem, maxBytes)));
        }
        await using (upload.Content.ConfigureAwait(false))
        {
            if (!await used.ClaimAsync(token!, cancellationToken).ConfigureAwait(false))
            {
                return Refused(logger, StatusCodes.Status409Conflict, "lien déjà utilisé", DossierTexts.UsedLink);
            }
            var uploader = new Caller(grant.ByAadObjectId, grant.By, null, IsAdmin: false, IsAllowed: true, Language.French, "", "link");
            var file = await dossier.AddAsync(convention, year, item, upload, uploader, cancellationToken).ConfigureAwait(false);
            return Html(StatusCodes.Status201Created, DossierPage.Message(title, DossierTexts.Stored(file, item.Label)));
        }
    }

    private static async Task<(DossierUpload? Upload, DossierUploadProblem Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            return await DossierUploadReader.ReadAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, DossierUploadProblem.TooLarge); // Kestrel's own limit, met while streaming.
        }
        catch (InvalidDataException)
        {
            return (null, DossierUploadProblem.NoFile); // Not a well-formed multipart form.
        }
    }

    private static int StatusOf(DossierUploadProblem problem) => problem switch
    {
        DossierUploadProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
        DossierUploadProblem.BadType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    private static IResult Refused(ILogger logger, int status, string problem, string message)
    {
        DossierLog.UploadRefused(logger, problem);
        return Html(status, DossierPage.Message(DossierTexts.LinkTitle, message));
    }

    private static IResult Html(int status, string page) => Results.Text(page, "text/html", Encoding.UTF8, status);
}
