using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;

namespace OrchardCrm.Data;

/// <summary>
/// The kernel's database: content, indexes, features, documents, audit trail and identity. Its tables
/// are created by EF Core migrations, one set per provider (see <see cref="SqliteCrmDbContext"/> and
/// <see cref="PostgresCrmDbContext"/>). Modules' map index entities are added to the model at run time
/// from their <see cref="IndexEntityRegistration"/>s; their tables come from the modules' data
/// migrations (<see cref="ISchemaBuilder"/>), as Orchard Core's map index tables do.
/// </summary>
public abstract class CrmDbContext : IdentityDbContext<CrmUser, CrmRole, string>
{
    protected CrmDbContext(DbContextOptions options) : base(options) { }

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<ContentItemIndex> ContentItemIndex => Set<ContentItemIndex>();
    public DbSet<TextFieldIndexRecord> TextFieldIndex => Set<TextFieldIndexRecord>();
    public DbSet<NumericFieldIndexRecord> NumericFieldIndex => Set<NumericFieldIndexRecord>();
    public DbSet<DateFieldIndexRecord> DateFieldIndex => Set<DateFieldIndexRecord>();
    public DbSet<BooleanFieldIndexRecord> BooleanFieldIndex => Set<BooleanFieldIndexRecord>();
    public DbSet<ReferenceFieldIndexRecord> ReferenceFieldIndex => Set<ReferenceFieldIndexRecord>();
    public DbSet<EnabledFeatureRecord> EnabledFeatures => Set<EnabledFeatureRecord>();
    public DbSet<ShellStateRecord> ShellState => Set<ShellStateRecord>();
    public DbSet<DataMigrationRecord> DataMigrations => Set<DataMigrationRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<AuditTrailEventRecord> AuditTrailEvents => Set<AuditTrailEventRecord>();
    public DbSet<BackgroundTaskStateRecord> BackgroundTaskStates => Set<BackgroundTaskStateRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        KernelModel.Configure(builder);

        foreach (var indexType in IndexRegistrations.Of(this))
        {
            MapIndexModel.Configure(builder, indexType);
        }
        foreach (var recordType in IndexRegistrations.RecordsOf(this))
        {
            ModuleRecordModel.Configure(builder, recordType);
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The model differs from the migrations' snapshot by the modules' map indexes, whose tables
        // are made by data migrations; that difference is intended, not a forgotten migration.
        optionsBuilder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, IndexRegistrationsModelCacheKeyFactory>();
    }
}

/// <summary>The SQLite flavour; its migrations are in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options);

/// <summary>The PostgreSQL flavour; its migrations are in <c>Data/Migrations/PostgreSql</c>.</summary>
public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options);
