using Azure.Core;
using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class CachedAccessTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private int _acquisitions;

    [Fact]
    public async Task GetAccessTokenAsync_TwentyConcurrentCallers_AcquireOnce()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var provider = Provider(async _ =>
        {
            await gate.Task;
            return Token();
        });

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => provider.GetAccessTokenAsync())).ToArray();
        await Task.Delay(200);
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, _acquisitions);
        Assert.All(tokens, token => Assert.Equal("token-1", token));
    }

    [Fact]
    public async Task GetAccessTokenAsync_MoreThanFiveMinutesLeft_ReturnsCachedToken()
    {
        using var provider = Provider(_ => Task.FromResult(Token()));
        await provider.GetAccessTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(54));

        var token = await provider.GetAccessTokenAsync();

        Assert.Equal("token-1", token);
        Assert.Equal(1, _acquisitions);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FiveMinutesOrLessLeft_Refreshes()
    {
        using var provider = Provider(_ => Task.FromResult(Token()));
        await provider.GetAccessTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(55));

        var token = await provider.GetAccessTokenAsync();

        Assert.Equal("token-2", token);
        Assert.Equal(2, _acquisitions);
    }

    [Fact]
    public async Task GetAccessTokenAsync_AcquisitionFails_ThrowsAndNextCallTriesAgain()
    {
        var fail = true;
        using var provider = Provider(_ => fail ? throw new InvalidOperationException("Entra down") : Task.FromResult(Token()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetAccessTokenAsync());
        fail = false;
        var token = await provider.GetAccessTokenAsync();

        Assert.Equal("token-2", token);
    }

    private CachedAccessTokenProvider Provider(Func<CancellationToken, Task<AccessToken>> acquire) =>
        new(
            ct =>
            {
                Interlocked.Increment(ref _acquisitions);
                return acquire(ct);
            },
            _clock,
            NullLogger<CachedAccessTokenProvider>.Instance);

    private AccessToken Token() => new($"token-{Volatile.Read(ref _acquisitions)}", _clock.GetUtcNow().AddHours(1));
}
