using Azure.Core;
using Azure.Identity;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ConventionBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Table and Blob Storage from connection strings, or from endpoints and a managed identity.</summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName);
                options.BlobConnectionString ??= configuration.GetConnectionString(StorageOptions.BlobConnectionStringName) ?? options.ConnectionString;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Registered so tests can add policies (a request counter) to the one pipeline every table shares.
        services.AddSingleton(_ => CreateClientOptions());
        // The app's identity in Azure, for every Azure service it reaches (tables, Key Vault); built lazily, unused locally.
        services.AddSingleton(sp => CreateCredential(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ManagedIdentityClientId));
        services.AddSingleton(sp => CreateServiceClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TableClientOptions>(), sp));
        services.AddSingleton<TableProvider>();
        services.AddSingleton(sp => CreateBlobServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("tables").AddCheck<BlobStorageHealthCheck>("blobs");
        return services;
    }

    private static TableServiceClient CreateServiceClient(StorageOptions options, TableClientOptions clientOptions, IServiceProvider services)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }
        return new TableServiceClient(options.TableEndpoint!, services.GetRequiredService<TokenCredential>(), clientOptions);
    }

    private static BlobServiceClient CreateBlobServiceClient(StorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        // Whole files go up in one call: a 20 MB upload needs more than the tables' 10 s per try.
        SetRetries(clientOptions.Retry, networkTimeout: TimeSpan.FromSeconds(100));
        return !string.IsNullOrWhiteSpace(options.BlobConnectionString)
            ? new BlobServiceClient(options.BlobConnectionString, clientOptions)
            : new BlobServiceClient(options.EffectiveBlobEndpoint!, CreateCredential(options.ManagedIdentityClientId), clientOptions);
    }

    /// <summary>
    /// Azure.Core's retry policy is the only retry layer of storage calls: 3 exponential retries from 0.5 s to 10 s
    /// of 408, 429, 5xx and network failures, each try cut at 10 s, so a user waits at most about 45 s for an outage
    /// to be reported. Loops that outlive an outage (dispatcher, start-up planning) wait and try again later instead.
    /// </summary>
    internal static TableClientOptions CreateClientOptions()
    {
        var options = new TableClientOptions();
        SetRetries(options.Retry, networkTimeout: TimeSpan.FromSeconds(10));
        options.AddPolicy(new TableLimitsPolicy(), HttpPipelinePosition.PerCall);
        return options;
    }

    private static void SetRetries(RetryOptions retry, TimeSpan networkTimeout)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 3;
        retry.Delay = TimeSpan.FromSeconds(0.5);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = networkTimeout;
    }

    private static TokenCredential CreateCredential(string? managedIdentityClientId) =>
        string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));
}
