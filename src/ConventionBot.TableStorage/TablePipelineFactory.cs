using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage;

/// <summary>Builds the Azure.Core pipeline (whose retry policy is the only retry layer) for each kind of credential.</summary>
internal static class TablePipelineFactory
{
    public static TableRestClient FromConnectionString(string connectionString, TableClientOptions? options)
    {
        var parsed = TableConnectionString.Parse(connectionString);
        return parsed.Credential is { } credential
            ? FromSharedKey(parsed.Endpoint, credential, options)
            : Build(parsed.Endpoint, parsed.AccountName, new TableSasPolicy(parsed.Sas!), null, options);
    }

    public static TableRestClient FromSharedKey(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        return Build(endpoint, credential.AccountName, null, new TableSharedKeyPipelinePolicy(credential), options);
    }

    public static TableRestClient FromToken(Uri endpoint, TokenCredential credential, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        var scope = (options?.Audience ?? TableAudience.AzurePublicCloud).DefaultScope;
        var accountName = TableConnectionString.AccountNameFromEndpoint(endpoint);
        return Build(endpoint, accountName, null, new BearerTokenAuthenticationPolicy(credential, scope), options);
    }

    private static TableRestClient Build(
        Uri endpoint, string accountName, HttpPipelinePolicy? perCall, HttpPipelinePolicy? perRetry, TableClientOptions? options)
    {
        options ??= new TableClientOptions();
        var pipelineOptions = new HttpPipelineOptions(options) { RequestFailedDetailsParser = TableErrorParser.Instance };
        if (perCall is not null)
        {
            pipelineOptions.PerCallPolicies.Add(perCall);
        }

        if (perRetry is not null)
        {
            pipelineOptions.PerRetryPolicies.Add(perRetry);
        }

        return new TableRestClient(HttpPipelineBuilder.Build(pipelineOptions), endpoint, accountName, options.VersionString);
    }
}
