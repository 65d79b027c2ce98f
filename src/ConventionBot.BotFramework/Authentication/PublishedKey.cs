using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>A signing key and the channels it is endorsed for (empty when the JWKS lists none).</summary>
internal sealed record PublishedKey(SecurityKey Key, IReadOnlyList<string> Endorsements);
