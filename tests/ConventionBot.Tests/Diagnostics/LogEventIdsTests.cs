using System.Reflection;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Tests.Diagnostics;

/// <summary>Every log event of the app and of the protocol library has its own EventId, so a query on one finds only it.</summary>
public sealed class LogEventIdsTests
{
    [Fact]
    public void LoggerMessages_EveryOne_HasAnEventIdNoOtherUses()
    {
        var events = new[] { typeof(Program).Assembly, typeof(ConventionBot.BotFramework.Builder.CloudAdapter).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(e => e.Attribute is not null)
            .ToList();

        Assert.True(events.Count >= 40, $"only {events.Count} log events found");
        Assert.Empty(events.Where(e => e.Attribute!.EventId <= 0).Select(e => e.Method));
        Assert.Empty(events.GroupBy(e => e.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}"));
    }
}
