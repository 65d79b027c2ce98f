using System.Security.Cryptography;

namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>
/// Distinct RSA key pairs, each generated once per test run: 2048-bit generation is
/// slow and tests need distinct keys only in name, not in material. Never disposed:
/// IdentityModel caches signature providers by key thumbprint across tests.
/// </summary>
internal static class KeyMaterials
{
    private static readonly Lazy<RSA>[] Pairs =
        [.. Enum.GetValues<KeyMaterial>().Select(_ => new Lazy<RSA>(() => RSA.Create(2048)))];

    public static RSA Get(KeyMaterial material) => Pairs[(int)material].Value;
}
