using System.Text.RegularExpressions;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Services;

/// <summary>An index definition as given by the admin form or a recipe, before it is checked.</summary>
public sealed partial record SearchIndexInput(string? Name, IReadOnlyList<string> ContentTypes, string? Analyzer, IReadOnlyList<string> Fields, bool IndexLatest)
{
    /// <summary>Problems keyed by the field they concern (Name, ContentTypes, Analyzer, Fields); empty when valid.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name)) errors[nameof(Name)] = "Give the index a name.";
        else if (!IndexName().IsMatch(Name)) errors[nameof(Name)] = $"'{Name}' is not a valid index name: use lower-case letters, digits, '-' and '_' (up to 64), starting with a letter or digit.";
        if (ContentTypes.Count == 0) errors[nameof(ContentTypes)] = "Choose at least one content type.";
        else if (ContentTypes.FirstOrDefault(t => !Identifier().IsMatch(t)) is { } badType) errors[nameof(ContentTypes)] = $"'{badType}' is not a valid content type name.";
        if (!SearchAnalyzers.Names.Contains(Analyzer ?? "")) errors[nameof(Analyzer)] = $"'{Analyzer}' is not an analyzer; use {string.Join(", ", SearchAnalyzers.Names)}.";
        if (Fields.FirstOrDefault(f => !FieldName().IsMatch(f)) is { } badField) errors[nameof(Fields)] = $"'{badField}' is not a field name; use Field or Part.Field.";
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IndexName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")]
    private static partial Regex FieldName();
}
