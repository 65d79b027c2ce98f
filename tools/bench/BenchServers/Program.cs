using ConventionBot.Bench;

// Two tiny servers for scripts/bench.sh, one per process:
//   --mode connector --urls URL               the loopback Bot Connector that counts the replies
//   --mode floor --card CARD.json --urls URL  the floor: only the I/O a bot turn needs, nothing else
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
switch (app.Configuration["mode"])
{
    case "connector":
        app.MapLoopbackConnector();
        break;
    case "floor" when app.Configuration["card"] is { Length: > 0 } card:
        app.MapFloorBot(await File.ReadAllBytesAsync(card).ConfigureAwait(false));
        break;
    default:
        await Console.Error.WriteLineAsync("usage: BenchServers --mode connector|floor [--card CARD.json] --urls URL").ConfigureAwait(false);
        return 2;
}
await app.RunAsync().ConfigureAwait(false);
return 0;
