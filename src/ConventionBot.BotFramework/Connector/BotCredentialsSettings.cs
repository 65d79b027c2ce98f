namespace ConventionBot.BotFramework.Connector;

/// <summary>The bot identity, bound from the configuration root (Bot Framework key names).</summary>
public sealed record BotCredentialsSettings
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppId { get; init; }
    public string? MicrosoftAppPassword { get; init; }

    /// <summary><c>SingleTenant</c>, <c>UserAssignedMSI</c> or <c>MultiTenant</c> (the default when empty).</summary>
    public string? MicrosoftAppType { get; init; }

    public string? MicrosoftAppTenantId { get; init; }

    /// <summary>No app id: local development, outbound calls carry no token.</summary>
    internal bool IsAnonymous => string.IsNullOrEmpty(MicrosoftAppId);

    internal bool Is(string appType) =>
        string.Equals(string.IsNullOrEmpty(MicrosoftAppType) ? MultiTenant : MicrosoftAppType, appType, StringComparison.OrdinalIgnoreCase);

    // The generated record ToString would print the secret.
    public override string ToString() =>
        $"{nameof(BotCredentialsSettings)} {{ {nameof(MicrosoftAppId)} = {MicrosoftAppId}, {nameof(MicrosoftAppType)} = {MicrosoftAppType}, {nameof(MicrosoftAppTenantId)} = {MicrosoftAppTenantId} }}";
}
