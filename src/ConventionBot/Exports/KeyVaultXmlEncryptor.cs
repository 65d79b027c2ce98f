using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace ConventionBot.Exports;

/// <summary>
/// Encrypts each Data Protection key before it is stored: the key's XML with AES-256-GCM under a fresh key, and that
/// key wrapped by the Key Vault key (<see cref="KeyVaultKeyWrapper"/>). A copy of the table alone opens nothing.
/// </summary>
internal sealed class KeyVaultXmlEncryptor(KeyVaultKeyWrapper wrapper, Uri keyId) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var key = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }
        var (kid, wrapped) = wrapper.Wrap(keyId, key);
        CryptographicOperations.ZeroMemory(key);
        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement("encryptedKey",
            new XComment(" This key is encrypted with a key of Azure Key Vault. "),
            new XElement("kid", kid),
            new XElement("key", Convert.ToBase64String(wrapped)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(KeyVaultXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="KeyVaultXmlEncryptor"/> wrote; Data Protection creates it with the app's services.</summary>
internal sealed class KeyVaultXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        string Part(string name) => (string?)encryptedElement.Element(name) ?? throw new CryptographicException($"The encrypted key has no <{name}>.");
        var key = services.GetRequiredService<KeyVaultKeyWrapper>().Unwrap(Part("kid"), Convert.FromBase64String(Part("key")));
        var ciphertext = Convert.FromBase64String(Part("value"));
        var tag = Convert.FromBase64String(Part("tag"));
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Decrypt(Convert.FromBase64String(Part("nonce")), ciphertext, tag, plaintext);
        }
        CryptographicOperations.ZeroMemory(key);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
