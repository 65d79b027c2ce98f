using Microsoft.IdentityModel.JsonWebTokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>Recognises bot-to-bot tokens (BB <c>SkillValidation.IsSkillClaim</c>), which this bot refuses.</summary>
internal static class SkillValidation
{
    public static bool IsSkillToken(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var version)
            || string.IsNullOrWhiteSpace(version))
        {
            return false;
        }

        var audience = token.Audiences.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(audience)
            || string.Equals(audience, AuthenticationConstants.ToBotFromChannelTokenIssuer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var appId = AppIdOf(token, version);
        return !string.IsNullOrWhiteSpace(appId) && !string.Equals(appId, audience, StringComparison.Ordinal);
    }

    private static string? AppIdOf(JsonWebToken token, string version)
    {
        var claim = version switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedParty,
            _ => null,
        };
        return claim is not null && token.TryGetPayloadValue<string>(claim, out var appId) ? appId : null;
    }
}
