namespace OrchardCrm.ContentManagement.Indexes;

/// <summary>
/// Base of a module's map index: one or more typed rows per stored version of an item, rewritten in
/// the same transaction as the item. <see cref="DocumentId"/> is the version's row id, which the query
/// API joins to the content-item index (so latest/published filters apply to map indexes too).
/// </summary>
public abstract class MapIndex
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string ContentItemId { get; set; } = "";
}
