namespace OrchardCrm.Modules;

/// <summary>
/// The enabled set as this node sees it right now. It is refreshed when the database's feature serial
/// changes (checked at the start of every request and after every enable/disable).
/// </summary>
public interface IShellFeatures
{
    bool IsEnabled(string featureId);

    /// <summary>Whether the type (a service implementation, a controller, ...) belongs to an enabled feature; kernel types always do.</summary>
    bool IsEnabled(Type type);

    /// <summary>
    /// Whether a registered service belongs to an enabled feature: by the instance a startup registered
    /// (a kernel type such as an event descriptor, registered by a module), otherwise by its type.
    /// </summary>
    bool IsServiceEnabled(object service);

    IReadOnlySet<string> EnabledFeatureIds { get; }

    long Serial { get; }

    /// <summary>Re-reads the enabled set from the database when its serial has moved.</summary>
    Task RefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the enabled set as read by the caller's own database context. The feature manager uses it
    /// after a change, so that work inside an open transaction (a recipe) sees the features it just
    /// enabled, which a fresh connection could not see before the commit.
    /// </summary>
    void Apply(long serial, IReadOnlySet<string> enabled);

    /// <summary>Forgets the serial so the next <see cref="RefreshAsync"/> reloads (after a rolled back transaction applied a set that never committed).</summary>
    void Invalidate();
}
