namespace ConventionBot.BotFramework.Connector;

/// <summary>The serviceUrl failed the outbound host policy; nothing was sent and no token was requested.</summary>
public sealed class ServiceUrlNotAllowedException : Exception
{
    public ServiceUrlNotAllowedException()
    {
    }

    public ServiceUrlNotAllowedException(string message)
        : base(message)
    {
    }

    public ServiceUrlNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
