namespace ConventionBot.BotFramework.Schema;

/// <summary>The HTTP status and JSON body returned synchronously for an <c>invoke</c> activity.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public object? Body { get; set; }
}
