namespace OrchardCrm.Users.Services;

/// <summary>
/// Reads Identity's queryables (EF Core underneath) without this module referencing EF Core: its
/// queries are also async sequences.
/// </summary>
internal static class AsyncQueryable
{
    public static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default)
    {
        if (query is not IAsyncEnumerable<T> sequence) return query.ToList();
        var list = new List<T>();
        await foreach (var item in sequence.WithCancellation(cancellationToken)) list.Add(item);
        return list;
    }
}
