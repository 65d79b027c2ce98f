namespace ConventionBot.BotFramework.Connector;

/// <summary>Local development without an app id: the Playground expects no Authorization header.</summary>
internal sealed class NoAccessTokenProvider : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
