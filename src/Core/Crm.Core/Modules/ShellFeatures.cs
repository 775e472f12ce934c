using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;

namespace OrchardCrm.Modules;

/// <summary>
/// This node's view of the enabled features, kept in step with the database by the features serial:
/// a refresh costs one single-row query and reloads the set only when the serial moved.
/// </summary>
public sealed class ShellFeatures(IServiceScopeFactory scopes, FeatureTypeMap types) : IShellFeatures
{
    private volatile Snapshot _snapshot = new(-1, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
    private readonly SemaphoreSlim _gate = new(1, 1);

    private sealed record Snapshot(long Serial, IReadOnlySet<string> Enabled);

    public IReadOnlySet<string> EnabledFeatureIds => _snapshot.Enabled;

    public long Serial => _snapshot.Serial;

    public bool IsEnabled(string featureId) => _snapshot.Enabled.Contains(featureId);

    public bool IsServiceEnabled(object service)
    {
        var feature = types.FeatureOfInstance(service) ?? types.FeatureOf(service.GetType());
        return feature is null || IsEnabled(feature);
    }

    public bool IsEnabled(Type type)
    {
        var feature = types.FeatureOf(type);
        return feature is null || IsEnabled(feature);
    }

    public void Apply(long serial, IReadOnlySet<string> enabled) =>
        _snapshot = new Snapshot(serial, new HashSet<string>(enabled, StringComparer.OrdinalIgnoreCase));

    // -1 is a serial the database never holds, so the next refresh reloads; the set stays meanwhile.
    public void Invalidate() => _snapshot = _snapshot with { Serial = -1 };

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var serial = await ReadSerialAsync(db, cancellationToken);
        if (serial == _snapshot.Serial) return;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            serial = await ReadSerialAsync(db, cancellationToken);
            if (serial == _snapshot.Serial) return;
            var enabled = await db.EnabledFeatures.AsNoTracking().Select(f => f.FeatureId).ToListAsync(cancellationToken);
            _snapshot = new Snapshot(serial, new HashSet<string>(enabled, StringComparer.OrdinalIgnoreCase));
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<long> ReadSerialAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        await db.ShellState.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.FeaturesSerial).FirstOrDefaultAsync(cancellationToken) ?? 0;
}
