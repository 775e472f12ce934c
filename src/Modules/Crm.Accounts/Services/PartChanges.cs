using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>Changes a typed part and says whether anything actually changed (so that re-runs save nothing).</summary>
internal static class PartChanges
{
    /// <summary>The part's properties whose JSON differs.</summary>
    public static List<string> Changed<TPart>(TPart before, TPart after) where TPart : ContentPart
    {
        var x = JsonSerializer.SerializeToNode(before, ContentJson.Options)!.AsObject();
        var y = JsonSerializer.SerializeToNode(after, ContentJson.Options)!.AsObject();
        return [.. y.Where(p => !JsonNode.DeepEquals(p.Value, x[p.Key])).Select(p => p.Key)];
    }

    /// <summary>Applies <paramref name="change"/> to the item's part; false (and the item untouched) when it changed nothing.</summary>
    public static bool Alter<TPart>(ContentItem item, Action<TPart> change) where TPart : ContentPart, new()
    {
        var before = item.As<TPart>();
        var after = item.As<TPart>();
        change(after);
        if (Changed(before, after).Count == 0) return false;
        item.Apply(after);
        return true;
    }
}
