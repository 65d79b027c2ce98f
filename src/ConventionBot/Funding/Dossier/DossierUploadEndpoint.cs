using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Access;
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
        if (catalog.Find(conventionId) is not { Contribution: { } terms } convention || !convention.Years.Contains(year)
            || DossierItems.Find(terms, itemId) is not { } item)
        {
            return Refused(logger, StatusCodes.Status404NotFound, "lien inconnu", DossierTexts.UnknownItem);
        }
        var grant = links.Read(DossierPaths.Upload(convention.Id, year, item.Id), token);
        var refusal = grant.State switch
        {
            UploadLinkState.Invalid => (StatusCodes.Status403Forbidden, "lien invalide", DossierTexts.InvalidLink),
            UploadLinkState.Expired => (StatusCodes.Status410Gone, "lien expiré", DossierTexts.ExpiredLink),
            _ when await used.IsUsedAsync(token!, context.RequestAborted).ConfigureAwait(false) => UsedLink,
            _ => ((int Status, string Problem, string Message)?)null,
        };
        if (refusal is { } r)
        {
            return Refused(logger, r.Status, r.Problem, r.Message);
        }
        var target = new UploadTarget(convention, year, item, grant, token!, context.Request.Path + context.Request.QueryString, options.CurrentValue.MaxFileBytes);
        return HttpMethods.IsGet(context.Request.Method)
            ? Html(StatusCodes.Status200OK, DossierPage.Form(target.Title, item.Label, target.Action, target.MaxBytes))
            : await StoreAsync(context, target, used, dossier, logger).ConfigureAwait(false);
    }

    private static (int Status, string Problem, string Message) UsedLink => (StatusCodes.Status409Conflict, "lien déjà utilisé", DossierTexts.UsedLink);

    /// <summary>Reads and checks the file, then spends the link and stores it; a refused file leaves the link usable.</summary>
    private static async Task<IResult> StoreAsync(HttpContext context, UploadTarget target, DossierUsedLinks used, DossierService dossier, ILogger logger)
    {
        var cancellationToken = context.RequestAborted;
        var (upload, problem) = await ReadAsync(context.Request, target.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            DossierLog.UploadRefused(logger, problem.ToString());
            return Html(StatusOf(problem), DossierPage.Form(target.Title, target.Item.Label, target.Action, target.MaxBytes, DossierTexts.Problem(problem, target.MaxBytes)));
        }
        await using (upload.Content.ConfigureAwait(false))
        {
            if (!await used.ClaimAsync(target.Token, cancellationToken).ConfigureAwait(false))
            {
                return Refused(logger, UsedLink.Status, UsedLink.Problem, UsedLink.Message);
            }
            var uploader = new Caller(target.Grant.ByAadObjectId, target.Grant.By, null, IsAdmin: false, IsAllowed: true, Language.French, "", "link");
            var file = await dossier.AddAsync(target.Convention, target.Year, target.Item, upload, uploader, cancellationToken).ConfigureAwait(false);
            return Html(StatusCodes.Status201Created, DossierPage.Message(target.Title, DossierTexts.Stored(file, target.Item.Label)));
        }
    }

    /// <summary>What a valid link allows: the item, who it was made for, and where its form posts.</summary>
    private sealed record UploadTarget(
        ConventionDefinition Convention, int Year, ContributionDocument Item, UploadGrant Grant, string Token, string Action, long MaxBytes)
    {
        public string Title => DossierTexts.PageTitle(Item.Label, Year);
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
