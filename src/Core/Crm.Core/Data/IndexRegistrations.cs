using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.Data;

/// <summary>Reads the map index and module record registrations from the application's container (none at design time).</summary>
internal static class IndexRegistrations
{
    public static IReadOnlyList<Type> RecordsOf(DbContext context)
    {
        var appServices = context.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (appServices is null) return [];
        return appServices.GetServices<ModuleRecordRegistration>()
            .Select(r => r.RecordType).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<Type> Of(DbContext context)
    {
        var appServices = context.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (appServices is null) return [];
        return appServices.GetServices<IndexEntityRegistration>()
            .Select(r => r.IndexType).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
    }
}
