namespace OrchardCrm.Data;

/// <summary>
/// Lets a module make several writes (content items, indexes, audit) all-or-nothing: begin, write
/// through the usual services, commit. Begun inside another unit of work (a recipe, say), it joins
/// that one, and only the outer commit counts.
/// </summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken = default);
}

/// <summary>An open unit of work. Disposed without <see cref="CommitAsync"/>, it is rolled back.</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}
