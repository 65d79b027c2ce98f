using System.Reflection;
using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>
/// The app's real entry point, started as App Service starts it, for start-ups that must fail. WebApplicationFactory
/// cannot show those reliably: when the start fails, the app's <c>Run</c> disposes the host while the factory may still
/// be asking it for a service, and the test then gets an <see cref="ObjectDisposedException"/> instead of the reason
/// (a race seen on a loaded machine).
/// </summary>
internal static class EntryPoint
{
    /// <summary>Runs the entry point with these settings as its command-line configuration and returns why it stopped.</summary>
    public static async Task<Exception> FailedStartAsync(IReadOnlyDictionary<string, string?> settings, string environment)
    {
        string[] args =
        [
            $"--environment={environment}",
            $"--contentRoot={Path.Combine(RepositoryRoot.Path, "src", "ConventionBot")}",
            "--urls=http://127.0.0.1:0",
            .. settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}"),
        ];
        var main = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("The app has no entry point.");
        var run = Task.Run(() => main.Invoke(null, [args]));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));

        return exception is TargetInvocationException { InnerException: { } reason } ? reason : exception;
    }
}
