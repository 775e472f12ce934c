namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// Every content type and part of the site: what the "ContentDefinitions" document holds. A working
/// copy that the manager changes and saves; the cached one is never handed out (see <see cref="DefinitionCopies"/>).
/// </summary>
public sealed class ContentDefinitionSet
{
    public List<ContentTypeDefinition> Types { get; init; } = [];
    public List<ContentPartDefinition> Parts { get; init; } = [];

    public ContentTypeDefinition? Type(string name) => Types.FirstOrDefault(t => t.Name == name);

    public ContentPartDefinition? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);

    public ContentDefinitionSet Copy() => new()
    {
        Types = Types.Select(t => t.Copy()).ToList(),
        Parts = Parts.Select(p => p.Copy()).ToList(),
    };
}
