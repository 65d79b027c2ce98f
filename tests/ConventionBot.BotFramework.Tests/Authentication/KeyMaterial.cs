namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>Which of the pre-generated RSA key pairs a test key uses.</summary>
internal enum KeyMaterial
{
    BotFramework,
    Tenant,
    Other,
}
