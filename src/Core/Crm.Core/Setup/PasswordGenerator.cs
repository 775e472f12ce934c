using System.Security.Cryptography;

namespace OrchardCrm.Setup;

/// <summary>Random passwords that satisfy the kernel's password rules with a wide margin.</summary>
public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I), so a password read off a console can be typed.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@";

    public static string Generate(int length = 20)
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new List<char>
        {
            Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols),
        };
        while (chars.Count < length) chars.Add(Pick(all));
        // Shuffle so the guaranteed classes are not always first.
        for (var i = chars.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (chars[i], chars[j]) = (chars[j], chars[i]);
        }
        return new string(chars.ToArray());
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
