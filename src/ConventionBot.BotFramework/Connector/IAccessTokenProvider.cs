namespace ConventionBot.BotFramework.Connector;

/// <summary>Supplies the bearer token for outbound Connector calls.</summary>
public interface IAccessTokenProvider
{
    /// <summary>The access token, or null when calls must carry no Authorization header (no MicrosoftAppId).</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
