using OrchardCrm.Settings;

namespace OrchardCrm.Web.Setup;

/// <summary>
/// Whether the site is set up, remembered once it is: setup runs once per database, so after the first
/// "yes" no request pays for the question again.
/// </summary>
public sealed class SetupState
{
    private volatile bool _setUp;

    public bool IsSetUp => _setUp;

    public void MarkSetUp() => _setUp = true;

    public async Task<bool> CheckAsync(SiteService site, CancellationToken cancellationToken)
    {
        if (_setUp) return true;
        if (await site.IsSetUpAsync(cancellationToken)) _setUp = true;
        return _setUp;
    }
}
