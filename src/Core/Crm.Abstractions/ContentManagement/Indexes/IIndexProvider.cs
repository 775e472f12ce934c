namespace OrchardCrm.ContentManagement.Indexes;

/// <summary>
/// Fills a map index from content items. Register with <c>services.AddIndexProvider&lt;TProvider, TIndex&gt;()</c>
/// (which also maps the entity) and create its table in a data migration with
/// <c>ISchemaBuilder.CreateMapIndexTableAsync&lt;TIndex&gt;()</c>.
/// </summary>
public interface IIndexProvider
{
    Type IndexType { get; }

    /// <summary>The rows for one version; empty when the item is not of interest. The kernel fills DocumentId and ContentItemId.</summary>
    IEnumerable<MapIndex> Map(ContentItem item);
}

public abstract class IndexProvider<TIndex> : IIndexProvider where TIndex : MapIndex
{
    public Type IndexType => typeof(TIndex);

    IEnumerable<MapIndex> IIndexProvider.Map(ContentItem item) => Map(item);

    public abstract IEnumerable<TIndex> Map(ContentItem item);
}
