using Microsoft.EntityFrameworkCore;

namespace OrchardCrm.Data;

/// <summary>Maps a module record: a table named after the class, keyed by Id, with its [RecordIndex] indexes.</summary>
internal static class ModuleRecordModel
{
    public static void Configure(ModelBuilder builder, Type recordType)
    {
        var entity = builder.Entity(recordType);
        entity.ToTable(recordType.Name);
        entity.HasKey(nameof(ModuleRecord.Id));
        foreach (var index in recordType.GetCustomAttributes(typeof(RecordIndexAttribute), inherit: false).Cast<RecordIndexAttribute>())
        {
            var built = entity.HasIndex([.. index.Columns]);
            if (index.Unique) built.IsUnique();
        }
    }
}
