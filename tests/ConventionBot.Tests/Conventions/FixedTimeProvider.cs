namespace ConventionBot.Tests.Conventions;

/// <summary>A clock the test sets by hand.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
