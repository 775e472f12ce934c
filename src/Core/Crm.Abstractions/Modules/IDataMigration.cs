namespace OrchardCrm.Modules;

/// <summary>
/// A feature's data migration, in Orchard Core's convention: a public method <c>Create</c> (or
/// <c>CreateAsync</c>) returning the version it leaves the data at, and <c>UpdateFromN</c> (or
/// <c>UpdateFromNAsync</c>) methods returning the next version. The kernel records the version per
/// migration class and runs each step once, when the feature is enabled or after an upgrade.
/// Register with <c>services.AddDataMigration&lt;T&gt;()</c>.
/// </summary>
public interface IDataMigration;
