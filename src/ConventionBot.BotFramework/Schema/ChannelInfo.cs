namespace ConventionBot.BotFramework.Schema;

/// <summary>A Teams channel (<c>19:…@thread.tacv2</c>).</summary>
public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
