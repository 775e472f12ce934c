namespace OrchardCrm.ContentManagement.Indexes;

/// <summary>
/// A database index over columns of a map index table, for the queries a module runs most, e.g.
/// <c>[MapIndexColumns(nameof(AccountId), nameof(OccurredUtc))]</c> for a timeline. The table's
/// migration (<c>CreateMapIndexTableAsync</c>) creates it with the table.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class MapIndexColumnsAttribute(params string[] columns) : Attribute
{
    public IReadOnlyList<string> Columns { get; } = columns;
}
