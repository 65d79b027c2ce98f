using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ConventionBot.Conversation;

/// <summary>Tells whether a conversation reference changed since it was written, without keeping the row.</summary>
internal static class ConversationReferenceFingerprint
{
    /// <summary>SHA-256 (cut to 128 bits) of the stored fields, each length-prefixed so that no two references collide by concatenation.</summary>
    public static UInt128 Of(ConversationReferenceEntity entity)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ReadOnlySpan<string?> fields =
        [
            entity.ConversationId, entity.ConversationType, entity.TenantId, entity.ServiceUrl, entity.ChannelId, entity.BotId,
            entity.BotName, entity.UserId, entity.UserName, entity.UserAadObjectId, entity.Locale,
        ];
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var field in fields)
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, field?.Length ?? -1);
            hash.AppendData(length);
            hash.AppendData(MemoryMarshal.AsBytes(field.AsSpan()));
        }
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
