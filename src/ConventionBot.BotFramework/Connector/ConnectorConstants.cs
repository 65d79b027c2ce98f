namespace ConventionBot.BotFramework.Connector;

internal static class ConnectorConstants
{
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
}
