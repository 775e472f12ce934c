using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Endpoints;

namespace OrchardCrm.Web.Cli;

/// <summary><c>content list TYPE [--json]</c> (latest versions, drafts included) and <c>content get ID [--json]</c>.</summary>
public static class ContentCommand
{
    // Relaxed escaping: the output is read by people and tools, not embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string verb, CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (verb is not ("list" or "get"))
            throw CliException.Usage($"unknown content command '{verb}'; use 'content list TYPE' or 'content get ID'.");
        var json = arguments.TakeFlag("--json");
        var rest = arguments.TakeRest();
        if (rest.Count != 1) throw CliException.Usage(verb == "list" ? "give one content type: content list TYPE." : "give one content item id: content get ID.");

        await using var host = await CommandHost.StartAsync(arguments, cancellationToken);
        return await host.ScopeAsync(async sp =>
        {
            if (verb == "list") await ListAsync(sp, rest[0], json, output, cancellationToken);
            else await GetAsync(sp, rest[0], json, output, cancellationToken);
            return 0;
        });
    }

    private static async Task ListAsync(IServiceProvider services, string type, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var definition = await services.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(type)
            ?? throw new CliException($"unknown content type '{type}'.");
        var query = services.GetRequiredService<IContentQueryFactory>();
        var items = new List<ContentItem>();
        for (var page = 1; ; page++)
        {
            var result = await query.Query(definition.Name).Latest().OrderBy(ContentOrder.DisplayText).ListAsync(page, 100, cancellationToken);
            items.AddRange(result.Items);
            if (page >= result.PageCount) break;
        }

        if (json)
        {
            await output.WriteLineAsync(new JsonArray(items.Select(i => (JsonNode)ContentItemJson.Write(i)).ToArray()).ToJsonString(Indented));
            return;
        }
        await Table.WriteAsync(output, ["ID", "STATUS", "DISPLAY TEXT"],
            items.Select(i => new[] { i.ContentItemId, i.Published ? "published" : "draft", i.DisplayText }).ToList());
    }

    private static async Task GetAsync(IServiceProvider services, string id, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var item = await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new CliException($"no content item '{id}'.");
        if (json)
        {
            await output.WriteLineAsync(ContentItemJson.Write(item).ToJsonString(Indented));
            return;
        }
        await output.WriteLineAsync($"ContentItemId: {item.ContentItemId}");
        await output.WriteLineAsync($"ContentType:   {item.ContentType}");
        await output.WriteLineAsync($"DisplayText:   {item.DisplayText}");
        await output.WriteLineAsync($"Status:        {(item.Published ? "published" : "draft")}");
        await output.WriteLineAsync($"Owner:         {item.Owner}");
        await output.WriteLineAsync($"ModifiedUtc:   {item.ModifiedUtc:u}");
        await output.WriteLineAsync(item.Content.ToJsonString(Indented));
    }
}
