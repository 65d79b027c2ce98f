using System.Security.Cryptography;
using System.Text;

namespace ConventionBot.TableStorage;

/// <summary>An account name and key used to sign requests (SharedKeyLite).</summary>
public sealed class TableSharedKeyCredential
{
    private byte[] _accountKey;

    /// <summary>Creates the credential.</summary>
    /// <param name="accountName">The storage account name.</param>
    /// <param name="accountKey">The Base64 account key.</param>
    /// <exception cref="ArgumentException">The key is not Base64.</exception>
    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        AccountName = accountName;
        _accountKey = DecodeKey(accountKey);
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    /// <summary>Replaces the account key, for key rotation.</summary>
    /// <param name="accountKey">The new Base64 account key.</param>
    public void SetAccountKey(string accountKey) => _accountKey = DecodeKey(accountKey);

    internal string ComputeHmacSha256(string message) =>
        Convert.ToBase64String(HMACSHA256.HashData(_accountKey, Encoding.UTF8.GetBytes(message)));

    private static byte[] DecodeKey(string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        var buffer = new byte[accountKey.Length];
        return Convert.TryFromBase64String(accountKey, buffer, out var written)
            ? buffer[..written]
            : throw new ArgumentException("The account key is not valid Base64.", nameof(accountKey));
    }
}
