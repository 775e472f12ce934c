using System.Security.Cryptography;

namespace OrchardCrm.Common;

/// <summary>Content ids: 26 lower-case base-32 characters, random, URL-safe (as Orchard Core's are).</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return new string(chars);
    }
}
