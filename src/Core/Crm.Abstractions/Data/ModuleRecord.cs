namespace OrchardCrm.Data;

/// <summary>
/// Base of a row a module keeps outside content items (a notification, a workflow instance, a stage
/// history entry, a queue entry): its own table, named after the class, keyed by <see cref="Id"/>.
/// Register with <c>services.AddModuleRecord&lt;T&gt;()</c>, create the table in the module's migration
/// with <see cref="ISchemaBuilder.CreateTableAsync{T}"/>, read and write it through <see cref="IRecordStore"/>.
/// </summary>
public abstract class ModuleRecord
{
    public long Id { get; set; }
}

/// <summary>A database index over columns of a module record's table, created with the table.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RecordIndexAttribute(params string[] columns) : Attribute
{
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Refuses a second row with the same values (e.g. a de-duplication key).</summary>
    public bool Unique { get; init; }
}

/// <summary>A module record type to include in the kernel's data model. Schema is not feature-switched, so every registration counts.</summary>
public sealed record ModuleRecordRegistration(Type RecordType);
