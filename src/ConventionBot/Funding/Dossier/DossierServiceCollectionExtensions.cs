using ConventionBot.Conversation;
using ConventionBot.Access;
using ConventionBot.Funding.Contract;
using ConventionBot.Scheduling;

namespace ConventionBot.Funding;

public static class DossierServiceCollectionExtensions
{
    /// <summary>The dossier's files in Blob Storage: upload page, downloads, rejection. Part of <c>AddFunding()</c>.</summary>
    internal static IServiceCollection AddDossierFiles(this IServiceCollection services)
    {
        services.AddOptions<DossierOptions>()
            .BindConfiguration(DossierOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DossierStore>();
        services.AddSingleton<DossierBlobs>();
        services.AddSingleton<DossierUsedLinks>();
        services.AddSingleton<DossierUploadLinks>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<DossierViews>();
        services.AddSingleton<IDossierDocuments, DossierDocuments>();
        services.AddSingleton<ICardAction, DossierRejectAction>();
        services.AddSingleton<IFileReceiver, DossierChatFiles>();
        services.AddHttpClient(DossierChatFiles.HttpClientName, client => client.Timeout = TimeSpan.FromMinutes(2));
        services.AddSingleton<INotificationRenderer, DossierRejectionRenderer>();
        return services;
    }

    /// <summary>The upload page and the downloads, behind signed links: <c>/dossiers/{conventionId}/{year}/{itemId}/depot|fichiers/{uploadId}?t=…</c>.</summary>
    public static IEndpointRouteBuilder MapDossierFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(DossierPaths.UploadRoute, [HttpMethods.Get, HttpMethods.Post], DossierUploadEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapGet(DossierPaths.DownloadRoute, DossierDownloadEndpoint.HandleAsync);
        return endpoints;
    }
}
