using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Workflows.Scripting;

/// <summary>
/// A content item as expressions see it: its metadata, its parts as stored, and "Fields": each field's
/// plain value by field name (a text field's text, a number's value, a money field's amount, a list's
/// values), so a template can say <c>{{ Name }}</c> for an account.
/// </summary>
public static class ContentModel
{
    private static readonly string[] ValueKeys = ["Text", "Value", "Amount", "Markdown", "Html", "Email", "Phone", "Url", "Values", "Tags", "ContentItemIds", "UserIds"];

    public static JsonObject From(ContentItem item)
    {
        var fields = new JsonObject();
        foreach (var (_, part) in item.Content)
        {
            if (part is not JsonObject partObject) continue;
            foreach (var (fieldName, field) in partObject)
            {
                if (field is not JsonObject fieldObject || fields.ContainsKey(fieldName)) continue;
                var key = ValueKeys.FirstOrDefault(fieldObject.ContainsKey);
                if (key is not null) fields[fieldName] = fieldObject[key]?.DeepClone();
            }
        }
        return new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
            ["Published"] = item.Published,
            ["CreatedUtc"] = item.CreatedUtc,
            ["ModifiedUtc"] = item.ModifiedUtc,
            ["Parts"] = item.Content.DeepClone(),
            ["Fields"] = fields,
        };
    }
}
