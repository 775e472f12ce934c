using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Browser.Tests.Contents;

/// <summary>A "Project" type with fields of several kinds, referring to "Client" items, defined as an administrator would.</summary>
internal static class ProjectType
{
    public const string Name = "Project";
    public const string Client = "Client";

    public static async Task DefineAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterTypeDefinitionAsync(Client, type => type.DisplayedAs("Client").WithPart(Client));
        await definitions.AlterPartDefinitionAsync(Name, part => part
            .WithField("Code", FieldKinds.Text, "Code", s => { s.Required = true; s.Hint = "A short code, e.g. APL."; })
            .WithField("Staff", FieldKinds.Numeric, "Staff", s => s.Minimum = 0)
            .WithField("Budget", FieldKinds.Money, "Budget", s => { s.Minimum = 0; s.DefaultCurrency = "EUR"; })
            .WithField("Stage", FieldKinds.Options, "Stage", s => s.Options = ["Idea", "Active", "Done"])
            .WithField("Start", FieldKinds.Date, "Start")
            .WithField("Billable", FieldKinds.Boolean, "Billable")
            .WithField("Labels", FieldKinds.Tags, "Labels")
            .WithField("Site", FieldKinds.Link, "Site")
            .WithField("Customer", FieldKinds.ContentPicker, "Customer", s => s.AllowedContentTypes = [Client]));
        await definitions.AlterTypeDefinitionAsync(Name, type => type.DisplayedAs("Project").WithPart(Name));
    }

    /// <summary>Stores published items directly, for tests about lists rather than forms.</summary>
    public static async Task<string> CreateAsync(IServiceProvider services, string type, string title, decimal? staff = null)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        item.DisplayText = title;
        item.Owner = BrowserSite.AdminUserName;
        if (type == Name)
        {
            item.GetOrCreatePart(Name)["Code"] = new JsonObject { ["Text"] = title[..3].ToUpperInvariant() };
            if (staff is not null) item.GetOrCreatePart(Name)["Staff"] = new JsonObject { ["Value"] = staff };
        }
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException(result.ToString());
        return item.ContentItemId;
    }
}
