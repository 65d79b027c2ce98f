using ConventionBot.BotFramework.Connector;

namespace ConventionBot.BotFramework.Tests.Connector;

/// <summary>Our own <see cref="IAccessTokenProvider"/>, standing in for Entra in tests that are not about tokens.</summary>
internal sealed class CountingTokenProvider(string token = "test-token") : IAccessTokenProvider
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult<string?>(token);
    }
}
