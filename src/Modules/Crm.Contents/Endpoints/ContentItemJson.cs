using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.Endpoints;

/// <summary>
/// An item on the wire, in Orchard Core's content JSON: the item's properties beside its parts.
/// <c>{ "ContentItemId": "...", "ContentType": "Account", "DisplayText": "...", "Account": { "Industry": { "Text": "Retail" } } }</c>
/// </summary>
public static class ContentItemJson
{
    private static readonly HashSet<string> Properties = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "Owner", "Author",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc", "RowVersion",
    };

    public static JsonObject Write(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
            ["CreatedUtc"] = item.CreatedUtc,
            ["ModifiedUtc"] = item.ModifiedUtc,
            ["PublishedUtc"] = item.PublishedUtc,
            ["RowVersion"] = item.RowVersion,
        };
        foreach (var (part, value) in item.Content) json[part] = value?.DeepClone();
        return json;
    }

    /// <summary>Copies the parts of a request body onto an item (every key that is not an item property is a part).</summary>
    public static void ApplyParts(JsonObject body, ContentItem item)
    {
        foreach (var (key, value) in body)
        {
            if (Properties.Contains(key)) continue;
            if (value is JsonObject part) item.Content[key] = part.DeepClone();
        }
        if (body["DisplayText"] is JsonValue displayText && displayText.TryGetValue<string>(out var text)) item.DisplayText = text;
        if (body["Owner"] is JsonValue owner && owner.TryGetValue<string>(out var ownerName)) item.Owner = ownerName;
    }

    /// <summary>The concurrency stamp the client read, if it sent one.</summary>
    public static long? RowVersion(JsonObject body) =>
        body["RowVersion"] is JsonValue value && value.TryGetValue<long>(out var stamp) ? stamp : null;
}
