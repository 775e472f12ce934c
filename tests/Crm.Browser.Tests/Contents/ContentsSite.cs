namespace OrchardCrm.Browser.Tests.Contents;

/// <summary>A set-up site with the Project and Client types, for the content pages' tests.</summary>
internal static class ContentsSite
{
    public static async Task<BrowserSite> StartAsync()
    {
        var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await ProjectType.DefineAsync(site.Services);
        return site;
    }
}
