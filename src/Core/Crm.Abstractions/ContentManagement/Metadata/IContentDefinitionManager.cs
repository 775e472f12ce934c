namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// Content types and parts, stored in the database as one definitions document, cached in memory and
/// invalidated by its serial (so another node sees a change at once). Editable at run time.
/// </summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync();
    Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync();
    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name);
    Task<ContentPartDefinition?> GetPartDefinitionAsync(string name);

    /// <summary>Creates or changes a type; <paramref name="alter"/> receives a builder over the current definition.</summary>
    Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter);

    Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter);

    Task DeleteTypeDefinitionAsync(string name);
    Task DeletePartDefinitionAsync(string name);

    /// <summary>Every field of a type (its parts' fields, in part and field order), with the part they belong to.</summary>
    Task<IReadOnlyList<TypeField>> GetFieldsAsync(string contentType);
}

/// <summary>A field as seen from a type: the name of the part in the item's JSON, and the field's definition.</summary>
public sealed record TypeField(string PartName, ContentPartFieldDefinition Field);
