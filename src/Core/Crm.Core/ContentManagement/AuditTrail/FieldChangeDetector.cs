using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement.Store;

namespace OrchardCrm.ContentManagement.AuditTrail;

/// <summary>Which fields a save changed, as the people reading an audit trail see them (display text of each value).</summary>
internal sealed class FieldChangeDetector(FieldBinder binder)
{
    public async Task<IReadOnlyList<FieldChange>> DetectAsync(ContentItem? before, ContentItem after, IReadOnlyList<FieldBinding>? fields = null)
    {
        var changes = new List<FieldChange>();
        Compare(changes, "DisplayText", before?.DisplayText, after.DisplayText);
        Compare(changes, "Owner", before?.Owner, after.Owner);
        foreach (var field in fields ?? await binder.BindAsync(after.ContentType))
        {
            var old = before is null ? "" : field.Kind.ToDisplayText(before.GetField(field.PartName, field.Definition.Name));
            var now = field.Kind.ToDisplayText(after.GetField(field.PartName, field.Definition.Name));
            Compare(changes, field.Key, old, now);
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
