namespace ConventionBot.Funding;

internal static partial class DossierLog
{
    [LoggerMessage(EventId = 5221, Level = LogLevel.Information, Message = "Dossier file added to {ConventionId} {Year} {ItemId} ({Size} bytes).")]
    public static partial void FileAdded(ILogger logger, string conventionId, int year, string itemId, long size);

    [LoggerMessage(EventId = 5222, Level = LogLevel.Information, Message = "Dossier file of {ConventionId} {Year} {ItemId} rejected.")]
    public static partial void FileRejected(ILogger logger, string conventionId, int year, string itemId);

    [LoggerMessage(EventId = 5223, Level = LogLevel.Warning, Message = "Dossier upload refused: {Problem}.")]
    public static partial void UploadRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 5224, Level = LogLevel.Information, Message = "Dossier rejection notice for {ConventionId} {Year}: {Count} conversation(s).")]
    public static partial void RejectionRendered(ILogger logger, string conventionId, int year, int count);
}
