using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Content.Tests.Fields;

/// <summary>Builds a field definition and runs a kind's validation on a value, as the content manager would.</summary>
internal static class FieldKindTesting
{
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    public static ContentPartFieldDefinition Field(string kind, string displayName, Action<FieldSettings>? settings = null)
    {
        var part = new ContentPartDefinition { Name = "Account" };
        new ContentPartDefinitionBuilder(part).WithField("Field", kind, displayName, settings ?? (_ => { }));
        return part.Fields[0];
    }

    public static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The messages of validating <paramref name="value"/> (null: the item does not hold the field).</summary>
    public static async Task<List<string>> ValidateAsync(IFieldKind kind, ContentPartFieldDefinition field, string? value, IServiceProvider? services = null, ContentItem? item = null)
    {
        var context = new FieldValidationContext(
            item ?? new ContentItem { ContentType = "Account", ContentItemId = "self" },
            "Account", field, value is null ? null : Json(value), services ?? NoServices);
        await kind.ValidateAsync(context);
        return context.Errors;
    }

    /// <summary>Normalises the value with the field's settings and returns the resulting JSON text.</summary>
    public static string Normalize(IFieldKind kind, ContentPartFieldDefinition field, string value)
    {
        var json = Json(value);
        kind.Normalize(json, field.FieldSettings);
        return json.ToJsonString();
    }
}
