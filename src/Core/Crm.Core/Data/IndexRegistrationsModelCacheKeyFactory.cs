using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OrchardCrm.Data;

/// <summary>Caches one model per set of registered map indexes and module records, so hosts with different module sets in one process never share a wrong model.</summary>
internal sealed class IndexRegistrationsModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
    {
        var key = string.Join("|", IndexRegistrations.Of(context).Concat(IndexRegistrations.RecordsOf(context)).Select(t => t.FullName));
        return (context.GetType(), key, designTime);
    }
}
