using ConventionBot.Bilans.Contract;

namespace ConventionBot.Bilans;

internal static partial class BilansLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Bilan campaign {ConventionId} {Year} opened.")]
    public static partial void CampaignOpened(ILogger logger, string conventionId, int year);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Bilan {ConventionId} {Year} chantier {Chantier}: {Event}, version {Version}.")]
    public static partial void ChantierWritten(ILogger logger, string conventionId, int year, int chantier, BilanEvent @event, int version);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Bilan notification {Kind} for {ConventionId} {Year}: {Count} conversation(s).")]
    public static partial void NotificationRendered(ILogger logger, string kind, string conventionId, int year, int count);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information,
        Message = "Bilan review {ConventionId} {Year} chantier {Chantier}: {Known} contributor conversation(s) known, {Told} to tell.")]
    public static partial void ReviewAudience(ILogger logger, string conventionId, int year, int chantier, int known, int told);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Bilan {ConventionId} {Year} chantier {Chantier}: delay requested.")]
    public static partial void DelayAsked(ILogger logger, string conventionId, int year, int chantier);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Bilan {ConventionId} {Year} chantier {Chantier}: delay {Status}.")]
    public static partial void DelayDecided(ILogger logger, string conventionId, int year, int chantier, BilanDelayStatus status);
}
