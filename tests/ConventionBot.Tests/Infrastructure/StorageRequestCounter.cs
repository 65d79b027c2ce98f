using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>
/// Records every request the app's Table client sends (each try, retries included), as "VERB path filter",
/// so tests can count the storage round-trips of one user action.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Adds this counter to the app's <see cref="TableClientOptions"/> (from ConfigureTestServices, before the Table client is built).</summary>
    public void AddTo(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registered = services.Last(d => d.ServiceType == typeof(TableClientOptions));
        services.Remove(registered);
        services.AddSingleton(sp =>
        {
            var options = (TableClientOptions)registered.ImplementationFactory!(sp);
            options.AddPolicy(this, HttpPipelinePosition.PerRetry);
            return options;
        });
    }

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uri = message.Request.Uri.ToUri();
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        _requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(uri.AbsolutePath)} {query["$filter"]}".TrimEnd());
    }
}
