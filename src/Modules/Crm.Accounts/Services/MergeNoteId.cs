using System.Security.Cryptography;
using System.Text;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// The id of the note that records "merged B into A": the same for the same pair, so that a repeated
/// merge neither writes a second note nor goes unnoticed (the note's existence says the merge finished).
/// </summary>
internal static class MergeNoteId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string For(string survivorId, string mergedId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"merge:{survivorId}:{mergedId}"));
        return new string([.. hash.Take(26).Select(b => Alphabet[b & 31])]);
    }
}
