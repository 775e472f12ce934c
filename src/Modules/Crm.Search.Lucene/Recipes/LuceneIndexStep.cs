using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Recipes;
using OrchardCrm.Search.Lucene.Services;

namespace OrchardCrm.Search.Lucene.Recipes;

/// <summary>
/// Creates or changes search index definitions:
/// <c>{ "name": "LuceneIndex", "Indexes": [ { "Name": "crm", "ContentTypes": ["Account"], "Analyzer": "standard", "Fields": [], "Version": "published" } ] }</c>.
/// "Analyzer" (standard, english, keyword), "Fields" (every field when empty or absent) and "Version"
/// (published or latest) are optional. Every index is checked before any is saved.
/// </summary>
public sealed class LuceneIndexStep : IRecipeStepHandler
{
    public string Name => "LuceneIndex";

    public Task ValidateAsync(RecipeStepContext context)
    {
        Read(context);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var inputs = Read(context);
        if (context.Errors.Count > 0) return;
        var store = context.Services.GetRequiredService<SearchIndexDefinitionStore>();
        foreach (var (input, position) in inputs)
        {
            foreach (var (field, message) in await store.SaveAsync(input, mustBeNew: false))
                context.Fail($"Indexes[{position}].{field}", message);
        }
    }

    private static List<(SearchIndexInput Input, int Position)> Read(RecipeStepContext context)
    {
        var inputs = new List<(SearchIndexInput, int)>();
        if (context.Step["Indexes"] is not JsonArray indexes || indexes.Count == 0)
        {
            context.Fail("Indexes", "Give a non-empty array of index definitions.");
            return inputs;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indexes.Count; i++)
        {
            var path = $"Indexes[{i}]";
            if (indexes[i] is not JsonObject index)
            {
                context.Fail(path, "Each index must be an object.");
                continue;
            }
            var version = Text(index["Version"]) ?? "published";
            if (version is not ("published" or "latest")) context.Fail($"{path}.Version", $"'{version}' is not a version to index; use published or latest.");
            var input = new SearchIndexInput(Text(index["Name"]), Strings(context, index["ContentTypes"], $"{path}.ContentTypes"),
                Text(index["Analyzer"]) ?? Models.SearchAnalyzers.Standard, Strings(context, index["Fields"], $"{path}.Fields"), version == "latest");
            foreach (var (field, message) in input.Validate()) context.Fail($"{path}.{field}", message);
            if (input.Name is { } name && !names.Add(name)) context.Fail($"{path}.Name", $"The index '{name}' is defined twice in this step.");
            inputs.Add((input, i));
        }
        return inputs;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    private static List<string> Strings(RecipeStepContext context, JsonNode? node, string path)
    {
        if (node is null) return [];
        if (node is not JsonArray array || array.Any(n => Text(n) is null))
        {
            context.Fail(path, "Give an array of names.");
            return [];
        }
        return array.Select(n => Text(n)!).Where(t => t.Length > 0).ToList();
    }
}
