using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// The "content" step, in Orchard Core's content JSON: <c>{ "name": "content", "data": [ { "ContentItemId": "...",
/// "ContentType": "Account", "DisplayText": "...", "Published": true, "Owner": "admin", "Account": { "Industry":
/// { "Text": "Retail" } } } ] }</c>. Item properties sit beside the parts. Items are matched by
/// ContentItemId: a missing one is created (published unless "Published": false); an existing one is
/// updated only when its display text, owner, parts or published state differ from the latest version,
/// so a second run writes nothing. Each part's fields given replace the stored ones; fields not given
/// keep their values. Everything goes through the content manager, which validates the fields.
/// </summary>
public sealed class ContentStep(IContentManager contents, IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "content";

    /// <summary>Properties of Orchard Core's exported items that describe a stored version, not content: accepted and ignored.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "Id", "ContentItemVersionId", "Latest", "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    };

    private sealed record Entry(int Index, JsonObject Json, string ContentItemId, string ContentType, bool Publish);

    public async Task ValidateAsync(RecipeStepContext context)
    {
        var entries = Read(context);
        foreach (var entry in entries)
        {
            var exists = await definitions.GetTypeDefinitionAsync(entry.ContentType) is not null;
            if (!exists && !context.State.ContentTypesDefined.Contains(entry.ContentType))
            {
                context.Fail($"data[{entry.Index}].ContentType", $"unknown content type '{entry.ContentType}': define it in an earlier ContentDefinition step.");
                continue;
            }
            // A type this recipe defines or changes is validated when the step runs, against its new definition.
            if (!exists || context.State.ContentTypesDefined.Contains(entry.ContentType)) continue;
            var (item, _) = await BuildAsync(context, entry);
            if (item is null) continue;
            Report(context, entry, await contents.ValidateAsync(item));
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        foreach (var entry in Read(context))
        {
            var (item, existing) = await BuildAsync(context, entry);
            if (item is null) return;
            if (existing is null)
            {
                if (!Report(context, entry, await contents.CreateAsync(item, entry.Publish))) return;
                continue;
            }
            if (Unchanged(existing, item, entry.Publish)) continue;
            if (!JsonNode.DeepEquals(existing.Content, item.Content) || existing.DisplayText != item.DisplayText || existing.Owner != item.Owner || existing.Author != item.Author)
            {
                if (!Report(context, entry, await contents.UpdateAsync(item))) return;
            }
            if (entry.Publish && !Report(context, entry, await contents.PublishAsync(item))) return;
        }
    }

    /// <summary>The entries of "data", with their required properties checked.</summary>
    private static List<Entry> Read(RecipeStepContext context)
    {
        var entries = new List<Entry>();
        if (context.Step["data"] is not JsonArray data)
        {
            context.Fail("data", "must be an array of content items.");
            return entries;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++)
        {
            var at = $"data[{i}]";
            if (data[i] is not JsonObject json) { context.Fail(at, "must be a content item object."); continue; }
            var ok = true;
            var id = StepJson.AsString(json["ContentItemId"]);
            if (string.IsNullOrWhiteSpace(id)) { context.Fail($"{at}.ContentItemId", "is required: items are matched by it, so running the recipe again updates them instead of duplicating them."); ok = false; }
            else if (!seen.Add(id)) { context.Fail($"{at}.ContentItemId", $"'{id}' appears twice in this step."); ok = false; }
            var type = StepJson.AsString(json["ContentType"]);
            if (string.IsNullOrWhiteSpace(type)) { context.Fail($"{at}.ContentType", "is required."); ok = false; }

            var publish = true;
            foreach (var (key, value) in json)
            {
                switch (key)
                {
                    case "ContentItemId" or "ContentType":
                        break;
                    case "DisplayText" or "Owner" or "Author":
                        if (value is not null && !StepJson.IsString(value)) { context.Fail($"{at}.{key}", "must be a string."); ok = false; }
                        break;
                    case "Published":
                        if (value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False) publish = value.GetValue<bool>();
                        else { context.Fail($"{at}.{key}", "must be true or false."); ok = false; }
                        break;
                    default:
                        if (Ignored.Contains(key) || value is JsonObject) break;
                        context.Fail($"{at}.{key}", "is not an item property (ContentItemId, ContentType, DisplayText, Owner, Author, Published), and a part must be an object.");
                        ok = false;
                        break;
                }
            }
            if (ok) entries.Add(new Entry(i, json, id!, type!, publish));
        }
        return entries;
    }

    /// <summary>The item as the recipe wants it: a new one, or the latest version with the recipe's values merged in; and that latest version as stored.</summary>
    private async Task<(ContentItem? Item, ContentItem? Existing)> BuildAsync(RecipeStepContext context, Entry entry)
    {
        var existing = await contents.GetAsync(entry.ContentItemId, VersionOptions.Latest);
        if (existing is not null && existing.ContentType != entry.ContentType)
        {
            context.Fail($"data[{entry.Index}].ContentType", $"item '{entry.ContentItemId}' exists as a '{existing.ContentType}', not a '{entry.ContentType}'.");
            return (null, existing);
        }

        ContentItem item;
        if (existing is null)
        {
            item = await contents.NewAsync(entry.ContentType);
            item.ContentItemId = entry.ContentItemId;
        }
        else
        {
            // A copy keeps the version's ids and concurrency stamp, so the manager updates that version; the original is what was stored.
            item = existing.Copy();
        }

        foreach (var (key, value) in entry.Json)
        {
            switch (key)
            {
                case "DisplayText": item.DisplayText = StepJson.AsString(value) ?? ""; break;
                case "Owner": item.Owner = StepJson.AsString(value); break;
                case "Author": item.Author = StepJson.AsString(value); break;
                default:
                    if (value is JsonObject part && !Ignored.Contains(key)) MergePart(item, key, part);
                    break;
            }
        }
        return (item, existing);
    }

    private static void MergePart(ContentItem item, string partName, JsonObject values)
    {
        var part = item.GetOrCreatePart(partName);
        foreach (var (field, value) in values) part[field] = value?.DeepClone();
    }

    private static bool Unchanged(ContentItem stored, ContentItem wanted, bool publish) =>
        JsonNode.DeepEquals(stored.Content, wanted.Content)
        && stored.DisplayText == wanted.DisplayText
        && stored.Owner == wanted.Owner
        && stored.Author == wanted.Author
        && (!publish || stored.Published);

    /// <summary>Reports the content manager's errors against the item's field ("data[3].Account.Industry"); true when there were none.</summary>
    private static bool Report(RecipeStepContext context, Entry entry, ContentValidationResult result)
    {
        foreach (var error in result.Errors)
            context.Fail(error.Key.Length > 0 ? $"data[{entry.Index}].{error.Key}" : $"data[{entry.Index}]", error.Message);
        return result.Succeeded;
    }
}
