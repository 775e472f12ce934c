using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Contents;

public sealed class TopBarSearchTests
{
    /// <summary>Without a search engine (the Lucene feature off), the top bar falls back to the title search.</summary>
    [Fact]
    public async Task Without_the_search_module_the_top_bar_finds_items_by_title_grouped_by_type()
    {
        await using var site = await ContentsSite.StartAsync();
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OrchardCrm.Modules.IFeatureManager>().DisableAsync(["Crm.Search.Lucene"]);
        await ProjectType.CreateAsync(site.Services, ProjectType.Name, "Orion rollout");
        await ProjectType.CreateAsync(site.Services, ProjectType.Client, "Orion Logistics");
        await ProjectType.CreateAsync(site.Services, ProjectType.Name, "Vega audit");
        var page = await site.SignInAsync();

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).First;
        await search.FillAsync("orion");
        await search.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Orion rollout" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Orion Logistics" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vega audit" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Project" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Orion rollout" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/contents/item/.+/edit"));
    }
}
