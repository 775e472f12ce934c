namespace OrchardCrm.Data.Entities;

/// <summary>A feature that is enabled. A feature without a row is disabled.</summary>
public sealed class EnabledFeatureRecord
{
    public string FeatureId { get; set; } = "";
    public DateTime EnabledUtc { get; set; }
}

/// <summary>The single row of shell state: the serial that moves on every feature change, read by every node each request.</summary>
public sealed class ShellStateRecord
{
    public int Id { get; set; }
    public long FeaturesSerial { get; set; }
}

/// <summary>The version a data migration class has brought its data to.</summary>
public sealed class DataMigrationRecord
{
    public string MigrationClass { get; set; } = "";
    public string FeatureId { get; set; } = "";
    public int Version { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>A named JSON document (content definitions, site settings), with a serial for cache invalidation across nodes.</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";
    public string Content { get; set; } = "{}";
    public long Serial { get; set; }
}

/// <summary>One audit trail event: a save of a content item and the field changes it made (JSON array of changes).</summary>
public sealed class AuditTrailEventRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string? ContentItemVersionId { get; set; }
    public string ContentType { get; set; } = "";
    public string EventName { get; set; } = "";
    public string? UserName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string Changes { get; set; } = "[]";
    public string? Comment { get; set; }
}
