using Microsoft.Extensions.Logging;

namespace ConventionBot.Conventions;

internal static partial class ConventionsLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Loaded {Count} convention definition(s); default convention {DefaultId}")]
    public static partial void DefinitionsLoaded(ILogger logger, int count, string defaultId);
}
