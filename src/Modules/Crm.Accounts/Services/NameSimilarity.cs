using System.Globalization;
using System.Text;

namespace OrchardCrm.Accounts.Services;

/// <summary>Company and person names reduced to what tells them apart, and how alike two of them are.</summary>
public static class NameSimilarity
{
    /// <summary>Legal-form words that say nothing about which company it is.</summary>
    private static readonly HashSet<string> LegalSuffixes =
    [
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
        "corp", "corporation", "co", "company", "plc", "oy", "ab", "as", "kg", "pty", "the",
    ];

    /// <summary>Lower case, accents and punctuation removed, legal suffixes dropped, single spaces: "Acme, Inc." → "acme".</summary>
    public static string NormalizeCompany(string? name) => string.Join(' ', Words(name).Where(w => !LegalSuffixes.Contains(w)));

    /// <summary>Lower case, accents and punctuation removed, single spaces.</summary>
    public static string NormalizePerson(string? name) => string.Join(' ', Words(name));

    /// <summary>The words of a name, lower case, without accents or punctuation ("&amp;" kept as "and").</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var decomposed = name.Replace("&", " and ").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>1 for equal strings, 0 for nothing in common: one minus the edit distance over the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        var longer = Math.Max(a.Length, b.Length);
        return 1.0 - (double)Levenshtein(a, b) / longer;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
