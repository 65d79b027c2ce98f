using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly ConnectorResilience _resilience = new(
        Options.Create(new ConnectorOptions()),
        new FakeTimeProvider(Now),
        new ConnectorInstrumentation(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()),
        NullLogger<ConnectorResilience>.Instance);

    [Fact]
    public void RetryAfter_DeltaSeconds_ReturnsDelta()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), _resilience.RetryAfter(response));
    }

    [Fact]
    public void RetryAfter_HttpDateInFuture_ReturnsTimeUntilDate()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(5)));

        Assert.Equal(TimeSpan.FromSeconds(5), _resilience.RetryAfter(response));
    }

    [Fact]
    public void RetryAfter_HttpDateInPast_ReturnsZero()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, _resilience.RetryAfter(response));
    }

    [Fact]
    public void RetryAfter_NoHeader_ReturnsNullSoBackoffApplies()
    {
        using var response = Throttled(null);

        Assert.Null(_resilience.RetryAfter(response));
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter) =>
        new(System.Net.HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
