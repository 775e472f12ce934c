using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement;

/// <summary>
/// One version of a content item. <see cref="Content"/> is the JSON of its parts, each part an object
/// holding its fields: <c>{ "AccountPart": { "Industry": { "Text": "Retail" } } }</c>.
/// </summary>
public sealed class ContentItem
{
    /// <summary>The row id of this version in the content-items table (0 until stored).</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Optimistic concurrency stamp of this version's row; a save carrying a stale one is refused.</summary>
    public long RowVersion { get; set; }

    public JsonObject Content { get; set; } = new();

    /// <summary>The JSON object of a part, created when missing.</summary>
    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject existing) return existing;
        var created = new JsonObject();
        Content[partName] = created;
        return created;
    }

    public bool Has(string partName) => Content[partName] is JsonObject;

    /// <summary>Reads a typed part (named after its class) from the JSON, or a new one when absent.</summary>
    public TPart As<TPart>() where TPart : ContentPart, new() => As<TPart>(typeof(TPart).Name);

    public TPart As<TPart>(string partName) where TPart : ContentPart, new()
    {
        if (Content[partName] is not JsonObject json) return new TPart();
        var part = json.Deserialize<TPart>(ContentJson.Options) ?? new TPart();
        return part;
    }

    /// <summary>Writes a typed part back into the JSON (merging: fields defined at run time in the same part survive).</summary>
    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart => Apply(typeof(TPart).Name, part);

    public ContentItem Apply<TPart>(string partName, TPart part) where TPart : ContentPart
    {
        var json = JsonSerializer.SerializeToNode(part, part.GetType(), ContentJson.Options)!.AsObject();
        var target = GetOrCreatePart(partName);
        foreach (var (key, value) in json.ToList())
        {
            json.Remove(key);
            target[key] = value;
        }
        return this;
    }

    /// <summary>Reads, changes and writes back a typed part.</summary>
    public ContentItem Alter<TPart>(Action<TPart> alter) where TPart : ContentPart, new()
    {
        var part = As<TPart>();
        alter(part);
        return Apply(part);
    }

    /// <summary>The JSON of a field defined at run time (<c>Content[part][field]</c>), or null.</summary>
    public JsonObject? GetField(string partName, string fieldName) => Content[partName]?[fieldName] as JsonObject;

    /// <summary>The JSON of a field, created when missing.</summary>
    public JsonObject GetOrCreateField(string partName, string fieldName)
    {
        var part = GetOrCreatePart(partName);
        if (part[fieldName] is JsonObject existing) return existing;
        var created = new JsonObject();
        part[fieldName] = created;
        return created;
    }

    /// <summary>A deep copy (same ids); the content manager's clone gives new ids.</summary>
    public ContentItem Copy()
    {
        var copy = (ContentItem)MemberwiseClone();
        copy.Content = (JsonObject)Content.DeepClone();
        return copy;
    }

    public override string ToString() => $"{ContentType} {ContentItemId} '{DisplayText}'";
}
