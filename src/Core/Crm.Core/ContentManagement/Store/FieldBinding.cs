using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>A field of a type bound to its kind, with its settings read once: what a write needs for each field.</summary>
internal sealed record FieldBinding(string PartName, ContentPartFieldDefinition Definition, FieldSettings Settings, IFieldKind Kind)
{
    public string Key => $"{PartName}.{Definition.Name}";
}

/// <summary>Binds a type's fields to their kinds; fields of a kind no enabled feature provides are left out.</summary>
internal sealed class FieldBinder(IContentDefinitionManager definitions, IFieldKindRegistry fieldKinds)
{
    public async Task<IReadOnlyList<FieldBinding>> BindAsync(string contentType)
    {
        var bindings = new List<FieldBinding>();
        foreach (var (partName, field) in await definitions.GetFieldsAsync(contentType))
        {
            if (fieldKinds.Find(field.FieldKind) is { } kind)
                bindings.Add(new FieldBinding(partName, field, field.FieldSettings, kind));
        }
        return bindings;
    }
}
