namespace OrchardCrm.Notifications.Services;

/// <summary>Notifications only lead within the site: a stored link must never send a user elsewhere.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
