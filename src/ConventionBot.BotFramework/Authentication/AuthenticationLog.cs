using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>Inbound authentication events. Never logs token content.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Bot Framework request refused: {Reason}")]
    public static partial void RequestRefused(ILogger logger, AuthenticationFailure reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Bot Framework request accepted anonymously: no MicrosoftAppId is configured")]
    public static partial void AnonymousRequestAccepted(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Downloaded {KeyCount} signing keys from {MetadataUrl}")]
    public static partial void SigningKeysFetched(ILogger logger, Uri metadataUrl, int keyCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Token signed by a key missing from the cached keys of {MetadataUrl}: refreshing them")]
    public static partial void UnknownSigningKey(ILogger logger, Uri metadataUrl);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Could not refresh the signing keys of {MetadataUrl}: keeping the cached ones")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Uri metadataUrl, Exception exception);
}
