using OrchardCrm.Contents.Editors.Kinds;

namespace OrchardCrm.Contents.Editors;

/// <summary>The field editors by kind; a kind without one (added by a module) is edited as raw JSON.</summary>
public sealed class FieldEditorRegistry(IEnumerable<IFieldEditor> editors, JsonFieldEditor fallback)
{
    private readonly Dictionary<string, IFieldEditor> _byKind =
        editors.GroupBy(e => e.FieldKind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IFieldEditor For(string fieldKind) => _byKind.TryGetValue(fieldKind, out var editor) ? editor : fallback;
}
