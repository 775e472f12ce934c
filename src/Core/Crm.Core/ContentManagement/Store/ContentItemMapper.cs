using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>Copies between a stored version (row) and the <see cref="ContentItem"/> handed to callers.</summary>
internal static class ContentItemMapper
{
    public static ContentItem ToItem(ContentItemRecord record) => new()
    {
        Id = record.Id,
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Latest = record.Latest,
        Published = record.Published,
        Owner = record.Owner,
        Author = record.Author,
        CreatedUtc = AsUtc(record.CreatedUtc),
        ModifiedUtc = AsUtc(record.ModifiedUtc),
        PublishedUtc = AsUtc(record.PublishedUtc),
        RowVersion = record.RowVersion,
        Content = JsonNode.Parse(record.Content) as JsonObject ?? new JsonObject(),
    };

    /// <summary>Writes the item's properties and JSON onto a row (ids and flags are the caller's business).</summary>
    public static void CopyContent(ContentItem item, ContentItemRecord record)
    {
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText ?? "";
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.Content = Serialize(item.Content);
    }

    public static string Serialize(JsonObject content) => content.ToJsonString(ContentJson.Options);

    /// <summary>Copies what a write decided (row id, version, flags, stamp) back onto the caller's item.</summary>
    public static void CopyState(ContentItemRecord record, ContentItem item)
    {
        item.Id = record.Id;
        item.ContentItemVersionId = record.ContentItemVersionId;
        item.Latest = record.Latest;
        item.Published = record.Published;
        item.PublishedUtc = AsUtc(record.PublishedUtc);
        item.ModifiedUtc = AsUtc(record.ModifiedUtc);
        item.CreatedUtc = AsUtc(record.CreatedUtc);
        item.RowVersion = record.RowVersion;
    }

    // SQLite gives DateTimes back unspecified; everything the kernel stores is UTC.
    private static DateTime? AsUtc(DateTime? value) =>
        value is { } v && v.Kind != DateTimeKind.Utc ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : value;

    public static bool SameContent(ContentItem a, ContentItem b) =>
        a.DisplayText == b.DisplayText && a.Owner == b.Owner && JsonNode.DeepEquals(a.Content, b.Content);
}
