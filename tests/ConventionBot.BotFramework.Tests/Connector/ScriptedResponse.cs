namespace ConventionBot.BotFramework.Tests.Connector;

internal sealed record ScriptedResponse(int Status, string? Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    public static ScriptedResponse Json(int status, string? body = null) =>
        new(status, body, new Dictionary<string, string>(), TimeSpan.Zero);

    public static ScriptedResponse Error(int status, string code) =>
        Json(status, $$$"""{"error":{"code":"{{{code}}}","message":"scripted {{{status}}}"}}""");

    /// <summary>Drops the connection instead of answering, so the client sees an <see cref="HttpRequestException"/>.</summary>
    public static ScriptedResponse Abort() => Json(AbortStatus);

    public const int AbortStatus = -1;

    public ScriptedResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };

    public ScriptedResponse After(TimeSpan delay) => this with { Delay = delay };
}
