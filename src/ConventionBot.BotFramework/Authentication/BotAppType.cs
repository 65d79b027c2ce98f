namespace ConventionBot.BotFramework.Authentication;

/// <summary>How the bot's Entra app authenticates (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App registration in one tenant, with a client secret.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity: no secret.</summary>
    UserAssignedMSI,
}
