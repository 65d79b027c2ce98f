using System.Globalization;
using ConventionBot.Benchmarks;
using ConventionBot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Fan-out benchmark (issue 4): one notification to N subscribed conversations through a connector enforcing Teams' limits.
// Usage: CONVENTIONBOT_BENCH_TABLES=<connection string> dotnet run -c Release -- [--Bench:Conversations=2000] [--Bench:LatencyMs=50] [--Bench:WarmUp=false] [--Bench:Trace=true] [app settings…]
var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
var conversations = settings.GetValue("Bench:Conversations", 2000);
var latency = TimeSpan.FromMilliseconds(settings.GetValue("Bench:LatencyMs", 50));
var connectionString = Environment.GetEnvironmentVariable("CONVENTIONBOT_BENCH_TABLES")
    ?? throw new InvalidOperationException("Set CONVENTIONBOT_BENCH_TABLES to a Table Storage connection string (scripts/bench-fanout.sh does).");

await using var connector = await TeamsLimitedConnector.StartAsync(latency);
using var host = BenchmarkApp.Build(args, connectionString, "bench" + Guid.NewGuid().ToString("N")[..10]);
await host.StartAsync();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeding {conversations} conversations (reference + subscription)…"));
await BenchmarkApp.SeedAsync(host.Services, connector.ServiceUrl, conversations);

// A running bot has already sent replies: warm the send path once (unless --Bench:WarmUp=false), then let the windows empty.
if (settings.GetValue("Bench:WarmUp", true))
{
    await BenchmarkApp.WarmUpAsync(host.Services, connector.ServiceUrl);
    await Task.Delay(TimeSpan.FromSeconds(1.5));
}

var probe = new FanOutProbe(host.Services, connector);
var started = connector.Now;
await host.Services.GetRequiredService<INotificationScheduler>().ScheduleAsync(
    new ScheduledNotification(FanOutRenderer.KindName, "bench:meeting:1:P1D", DateTimeOffset.UtcNow, "{}"), CancellationToken.None);
var report = await probe.WaitForCompletionAsync("bench:meeting:1:P1D", started, conversations, TimeSpan.FromMinutes(5));
await host.StopAsync();

report.Print(Console.Out);
if (settings.GetValue("Bench:Trace", false))
{
    connector.PrintPerSecond(started, Console.Out);
}
return report.TargetMet ? 0 : 1;
