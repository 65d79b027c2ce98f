namespace ConventionBot.BotFramework.Tests.Connector;

/// <param name="RawTarget">The request target exactly as sent, escapes included.</param>
/// <param name="ReceivedAt">A <see cref="System.Diagnostics.Stopwatch"/> timestamp.</param>
internal sealed record RecordedRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    long ReceivedAt);
