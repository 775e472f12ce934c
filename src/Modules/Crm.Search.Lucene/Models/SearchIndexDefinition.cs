namespace OrchardCrm.Search.Lucene.Models;

/// <summary>An index definition as the code uses it (the record's comma lists split).</summary>
public sealed record SearchIndexDefinition(string Name, IReadOnlyList<string> ContentTypes, string Analyzer, IReadOnlyList<string> Fields, bool IndexLatest, long Generation = 1, long ResetGeneration = 0)
{
    public bool Covers(string contentType) => ContentTypes.Contains(contentType, StringComparer.Ordinal);

    /// <summary>Whether the field is to be indexed: every field when none are listed, else "Part.Field" or "Field" listed.</summary>
    public bool Includes(string partName, string fieldName) =>
        Fields.Count == 0 || Fields.Any(f => string.Equals(f, fieldName, StringComparison.OrdinalIgnoreCase) || string.Equals(f, $"{partName}.{fieldName}", StringComparison.OrdinalIgnoreCase));

    public static SearchIndexDefinition From(SearchIndexRecord record) =>
        new(record.Name, Split(record.ContentTypes), record.Analyzer, Split(record.Fields), record.IndexLatest, record.Generation, record.ResetGeneration);

    public static List<string> Split(string? list) =>
        (list ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
