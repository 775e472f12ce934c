using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Modules;

namespace OrchardCrm.Browser.Tests.ContentTypes;

/// <summary>The steps the type editor's tests share: a set-up site with the Content types feature on, and types defined directly.</summary>
internal static class ContentTypesSite
{
    public static async Task<BrowserSite> StartAsync()
    {
        var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.ContentTypes"]);
        return site;
    }

    public static async Task DefineAsync(BrowserSite site, string type, params string[] textFields)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartDefinitionAsync(type, part =>
        {
            for (var i = 0; i < textFields.Length; i++) part.WithField(textFields[i], ContentManagement.FieldKinds.Text, position: i);
        });
        await definitions.AlterTypeDefinitionAsync(type, t => t.DisplayedAs(type).WithPart(type));
    }

    public static async Task<IReadOnlyList<string>> FieldNamesAsync(BrowserSite site, string type)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var fields = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync(type);
        return fields.Select(f => f.Field.Name).ToList();
    }
}
