namespace OrchardCrm.Search.Lucene.Models;

public static class SearchAnalyzers
{
    /// <summary>Words split on Unicode rules and lower-cased.</summary>
    public const string Standard = "standard";

    /// <summary>Standard, plus English stemming and stop words ("deals" finds "deal").</summary>
    public const string English = "english";

    /// <summary>Each field's whole value as one lower-cased term (codes, identifiers).</summary>
    public const string Keyword = "keyword";

    public static readonly IReadOnlyList<string> Names = [Standard, English, Keyword];
}
