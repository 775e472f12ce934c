using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.ViewModels;

/// <summary>An item's versions, oldest first as stored; the page shows them newest first.</summary>
public sealed class ContentVersionsViewModel
{
    public required ContentItem Current { get; init; }
    public required string TypeName { get; init; }
    public required IReadOnlyList<ContentItem> Versions { get; init; }
    public required bool CanRestore { get; init; }

    /// <summary>The version's number as people count them: 1 is the first.</summary>
    public int NumberOf(ContentItem version) => Versions.ToList().FindIndex(v => v.ContentItemVersionId == version.ContentItemVersionId) + 1;
}

public sealed class ContentCompareViewModel
{
    public required ContentItem Current { get; init; }
    public required string TypeName { get; init; }
    public required ContentItem Left { get; init; }
    public required int LeftNumber { get; init; }
    public required ContentItem Right { get; init; }
    public required int RightNumber { get; init; }
    public required IReadOnlyList<FieldDifference> Fields { get; init; }
    public bool Identical => Fields.All(f => !f.Changed);
}

/// <param name="Name">The field's display name ("Title" for the display text).</param>
public sealed record FieldDifference(string Name, string Left, string Right)
{
    public bool Changed => !string.Equals(Left, Right, StringComparison.Ordinal);
}

public sealed class ContentAuditViewModel
{
    public required ContentItem Current { get; init; }
    public required string TypeName { get; init; }
    public required IReadOnlyList<AuditTrailEntry> Entries { get; init; }

    /// <summary>Display names of the type's fields by "Part.Field", to name the changes as the editor does.</summary>
    public required IReadOnlyDictionary<string, string> FieldNames { get; init; }

    public string NameOf(string key) => key switch
    {
        "DisplayText" => "Title",
        _ => FieldNames.TryGetValue(key, out var name) ? name : key,
    };
}
