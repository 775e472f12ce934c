using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Data;

/// <summary>Maps a module's map index entity: a table named after the class, keyed by Id, indexed by DocumentId.</summary>
internal static class MapIndexModel
{
    public static void Configure(ModelBuilder builder, Type indexType)
    {
        var entity = builder.Entity(indexType);
        entity.ToTable(indexType.Name);
        entity.HasKey("Id");
        entity.Property("ContentItemId").HasMaxLength(64);
        entity.HasIndex("DocumentId");
        entity.HasIndex("ContentItemId");
        foreach (var index in indexType.GetCustomAttributes(typeof(MapIndexColumnsAttribute), inherit: false).Cast<MapIndexColumnsAttribute>())
            entity.HasIndex([.. index.Columns]);
    }
}
