using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.AuditTrail;

/// <summary>Which fields a save changed, as the people reading an audit trail see them (display text of each value).</summary>
internal sealed class FieldChangeDetector(IContentDefinitionManager definitions, IFieldKindRegistry fieldKinds)
{
    public async Task<IReadOnlyList<FieldChange>> DetectAsync(ContentItem? before, ContentItem after)
    {
        var changes = new List<FieldChange>();
        Compare(changes, "DisplayText", before?.DisplayText, after.DisplayText);
        Compare(changes, "Owner", before?.Owner, after.Owner);
        foreach (var (partName, field) in await definitions.GetFieldsAsync(after.ContentType))
        {
            var kind = fieldKinds.Find(field.FieldKind);
            if (kind is null) continue;
            var old = before is null ? "" : kind.ToDisplayText(before.GetField(partName, field.Name));
            var now = kind.ToDisplayText(after.GetField(partName, field.Name));
            Compare(changes, $"{partName}.{field.Name}", old, now);
        }
        return changes;
    }

    private static void Compare(List<FieldChange> changes, string field, string? old, string? now)
    {
        old = string.IsNullOrEmpty(old) ? null : old;
        now = string.IsNullOrEmpty(now) ? null : now;
        if (old != now) changes.Add(new FieldChange(field, old, now));
    }
}
