namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>Gives each test its own OpenID server, keys and clock.</summary>
public abstract class AuthenticationTestBase : IAsyncLifetime
{
    internal AuthenticationHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await AuthenticationHarness.StartAsync();

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
