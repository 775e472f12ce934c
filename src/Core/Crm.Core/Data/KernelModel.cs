using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Data;

/// <summary>Table names, keys, lengths and indexes of the kernel's tables.</summary>
internal static class KernelModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.Property(x => x.RowVersion).IsConcurrencyToken();
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Latest });
            e.HasIndex(x => new { x.ContentItemId, x.Published });
        });

        builder.Entity<ContentItemIndex>(e =>
        {
            e.ToTable("ContentItemIndex");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.HasIndex(x => x.DocumentId).IsUnique();
            // Covers the field filters' "DocumentId IN (...)" probes without a lookup in the table itself.
            e.HasIndex(x => new { x.DocumentId, x.ContentType, x.Published, x.Latest });
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => new { x.ContentType, x.Published, x.ModifiedUtc });
            e.HasIndex(x => new { x.ContentType, x.Latest, x.ModifiedUtc });
            e.HasIndex(x => new { x.Owner, x.ContentType });
            e.HasIndex(x => new { x.ContentType, x.DisplayText });
        });

        ConfigureFieldIndex<TextFieldIndexRecord>(builder, "TextFieldIndex", e =>
        {
            e.Property(x => x.Text).HasMaxLength(TextFieldIndexRecord.MaxLength);
            e.Property(x => x.NormalizedText).HasMaxLength(TextFieldIndexRecord.MaxLength);
            e.HasIndex(x => new { x.PartName, x.FieldName, x.SubField, x.NormalizedText, x.DocumentId });
            e.HasIndex(x => new { x.DocumentId, x.PartName, x.FieldName, x.SubField, x.NormalizedText });
        });
        ConfigureFieldIndex<NumericFieldIndexRecord>(builder, "NumericFieldIndex", e =>
        {
            e.HasIndex(x => new { x.PartName, x.FieldName, x.SubField, x.Value, x.DocumentId });
            e.HasIndex(x => new { x.DocumentId, x.PartName, x.FieldName, x.SubField, x.Value });
        });
        ConfigureFieldIndex<DateFieldIndexRecord>(builder, "DateFieldIndex", e =>
        {
            e.HasIndex(x => new { x.PartName, x.FieldName, x.SubField, x.Value, x.DocumentId });
            e.HasIndex(x => new { x.DocumentId, x.PartName, x.FieldName, x.SubField, x.Value });
        });
        ConfigureFieldIndex<BooleanFieldIndexRecord>(builder, "BooleanFieldIndex", e =>
        {
            e.HasIndex(x => new { x.PartName, x.FieldName, x.SubField, x.Value, x.DocumentId });
            e.HasIndex(x => new { x.DocumentId, x.PartName, x.FieldName, x.SubField, x.Value });
        });
        ConfigureFieldIndex<ReferenceFieldIndexRecord>(builder, "ReferenceFieldIndex", e =>
        {
            e.Property(x => x.ReferencedId).HasMaxLength(255);
            e.HasIndex(x => new { x.PartName, x.FieldName, x.SubField, x.ReferencedId, x.DocumentId });
            e.HasIndex(x => new { x.DocumentId, x.PartName, x.FieldName, x.SubField, x.ReferencedId });
            e.HasIndex(x => x.ReferencedId);
        });

        builder.Entity<EnabledFeatureRecord>(e =>
        {
            e.ToTable("EnabledFeatures");
            e.HasKey(x => x.FeatureId);
            e.Property(x => x.FeatureId).HasMaxLength(255);
        });
        builder.Entity<ShellStateRecord>(e =>
        {
            e.ToTable("ShellState");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Entity<DataMigrationRecord>(e =>
        {
            e.ToTable("DataMigrations");
            e.HasKey(x => x.MigrationClass);
            e.Property(x => x.MigrationClass).HasMaxLength(512);
            e.Property(x => x.FeatureId).HasMaxLength(255);
        });
        builder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Serial).IsConcurrencyToken();
        });
        builder.Entity<AuditTrailEventRecord>(e =>
        {
            e.ToTable("AuditTrailEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.EventName).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(255);
            e.HasIndex(x => new { x.ContentItemId, x.CreatedUtc });
        });
        builder.Entity<BackgroundTaskStateRecord>(e =>
        {
            e.ToTable("BackgroundTaskState");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.LeaseOwner).HasMaxLength(200);
        });
    }

    private static void ConfigureFieldIndex<T>(ModelBuilder builder, string table, Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T>> more) where T : FieldIndexRecord
    {
        builder.Entity<T>(e =>
        {
            e.ToTable(table);
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.PartName).HasMaxLength(255).IsRequired();
            e.Property(x => x.FieldName).HasMaxLength(255).IsRequired();
            e.Property(x => x.SubField).HasMaxLength(64).IsRequired();
            // Each table has two composite indexes: by field then value (filters: which items hold a value)
            // and by item then field (sorts and deletes: the value an item holds). Without the second, a
            // sort by a field scans that field's rows once per matching item.
            more(e);
        });
    }
}
