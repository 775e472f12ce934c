namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// This node's copy of the definitions, shared by every request (singleton). It only ever holds
/// committed definitions; a request checks its serial against the database before trusting it.
/// </summary>
internal sealed class ContentDefinitionCache
{
    private volatile ContentDefinitionSnapshot _current = ContentDefinitionSnapshot.Empty;

    public ContentDefinitionSnapshot Current
    {
        get => _current;
        set => _current = value;
    }
}
