using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>A test type with a field of each indexed kind, defined at run time as an administrator would.</summary>
internal static class CompanyType
{
    public const string Name = "Company";
    public static readonly string[] Industries = ["Retail", "Tech", "Health", "Energy"];

    public static async Task DefineAsync(IServiceProvider services)
    {
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartDefinitionAsync(Name, part => part
            .WithField("Code", FieldKinds.Text, "Code", s => { s.Required = true; s.MaxLength = 20; })
            .WithField("Industry", FieldKinds.Options, "Industry", s => s.Options = [.. Industries])
            .WithField("Revenue", FieldKinds.Money, "Annual revenue", s => { s.Minimum = 0; s.DefaultCurrency = "USD"; })
            .WithField("Employees", FieldKinds.Numeric, "Employees", s => s.Minimum = 0)
            .WithField("Founded", FieldKinds.Date, "Founded")
            .WithField("Active", FieldKinds.Boolean, "Active")
            .WithField("Tags", FieldKinds.Tags, "Tags")
            .WithField("Parent", FieldKinds.ContentPicker, "Parent company", s => s.AllowedContentTypes = [Name]));
        await definitions.AlterTypeDefinitionAsync(Name, type => type.DisplayedAs("Company").WithPart(Name));
    }

    public static async Task<ContentItem> NewAsync(IContentManager content, string displayText, string code, string? industry = null, decimal? revenue = null,
        decimal? employees = null, DateOnly? founded = null, bool? active = null, string[]? tags = null, string? parent = null)
    {
        var item = await content.NewAsync(Name);
        item.DisplayText = displayText;
        var part = item.GetOrCreatePart(Name);
        part["Code"] = new JsonObject { ["Text"] = code };
        if (industry is not null) part["Industry"] = new JsonObject { ["Values"] = new JsonArray(industry) };
        if (revenue is not null) part["Revenue"] = new JsonObject { ["Amount"] = revenue, ["Currency"] = "EUR" };
        if (employees is not null) part["Employees"] = new JsonObject { ["Value"] = employees };
        if (founded is not null) part["Founded"] = new JsonObject { ["Value"] = founded.Value.ToString("yyyy-MM-dd") };
        if (active is not null) part["Active"] = new JsonObject { ["Value"] = active };
        if (tags is not null) part["Tags"] = new JsonObject { ["Tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()) };
        if (parent is not null) part["Parent"] = new JsonObject { ["ContentItemIds"] = new JsonArray(parent) };
        return item;
    }

    public static string? Code(ContentItem item) => item.GetField(Name, "Code")?["Text"]?.GetValue<string>();

    public static void SetCode(ContentItem item, string code) => item.GetOrCreateField(Name, "Code")["Text"] = code;
}
