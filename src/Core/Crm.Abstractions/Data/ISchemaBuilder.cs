namespace OrchardCrm.Data;

/// <summary>Creates the tables of a module's map indexes and records, from their EF Core mapping, on the configured provider.</summary>
public interface ISchemaBuilder
{
    /// <summary>Creates the table (and its indexes) of a map index registered with <c>AddIndexProvider</c>; does nothing if it exists.</summary>
    Task CreateMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class;

    /// <summary>Adds the columns of the index entity that its table lacks (an upgrade step after a property was added).</summary>
    Task AlterMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class;

    Task DropMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class;

    /// <summary>Creates the table (and its <see cref="RecordIndexAttribute"/> indexes) of a record registered with <c>AddModuleRecord</c>; does nothing if it exists.</summary>
    Task CreateTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord;

    /// <summary>Adds the columns the record's table lacks (an upgrade step after a property was added).</summary>
    Task AlterTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord;

    Task DropTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord;
}
