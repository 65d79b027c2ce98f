using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Conventions;

/// <summary>
/// Builds the catalog while the host starts, so an invalid definition stops start-up
/// with the list of problems instead of failing the first user who asks.
/// </summary>
internal sealed class ConventionsStartupCheck(ConventionCatalog catalog, ILogger<ConventionsStartupCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ConventionsLog.DefinitionsLoaded(logger, catalog.All.Count, catalog.Default.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
