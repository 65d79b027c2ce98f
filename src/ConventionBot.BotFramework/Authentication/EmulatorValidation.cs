using Microsoft.IdentityModel.JsonWebTokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>Recognises Bot Framework Emulator tokens (BB <c>EmulatorValidation</c>), which this bot refuses.</summary>
internal static class EmulatorValidation
{
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public static bool IsTokenFromEmulator(JsonWebToken token) =>
        EmulatorIssuers.Contains(token.Issuer, StringComparer.Ordinal);
}
