using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OrchardCrm.Browser.Tests.Contents;

/// <summary>The content pages in a real browser: create with every kind of editor, validation, publish, edit, versions, audit, lists.</summary>
public sealed class ContentPagesTests
{
    [Fact]
    public async Task An_editor_creates_fixes_publishes_edits_compares_restores_and_audits_an_item()
    {
        await using var site = await ContentsSite.StartAsync();
        await ProjectType.CreateAsync(site.Services, ProjectType.Client, "Acme Corp");
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin/contents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Project", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New Project" }).ClickAsync();

        await page.GetByLabel("Title").FillAsync("Apollo");
        await page.GetByLabel("Staff").FillAsync("-3");
        await page.GetByLabel("Amount").FillAsync("1000");
        await Expect(page.GetByLabel("Currency")).ToHaveValueAsync("EUR");
        await page.GetByLabel("Stage").SelectOptionAsync("Active");
        await page.GetByLabel("Start").FillAsync("2026-12-01");
        await page.GetByLabel("Billable").CheckAsync();
        await page.GetByLabel("Labels").FillAsync("space, moon");
        await page.GetByLabel("Address").FillAsync("https://apollo.example.com");
        await page.GetByLabel("Choose Client").FillAsync("Acme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Acme Corp" }).ClickAsync();
        await Expect(page.Locator("[data-field='Project.Customer'] .crm-chip")).ToHaveTextAsync(new Regex("Acme Corp"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        // Refused: the messages stand beside their fields, and everything typed is still there.
        await Expect(page.Locator("[data-field='Project.Code'] .invalid-feedback")).ToContainTextAsync("Code");
        await Expect(page.Locator("[data-field='Project.Staff'] .invalid-feedback")).ToContainTextAsync("0");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Apollo");
        await Expect(page.GetByLabel("Staff")).ToHaveValueAsync("-3");
        await Expect(page.GetByLabel("Labels")).ToHaveValueAsync("space, moon");
        await Expect(page.GetByLabel("Billable")).ToBeCheckedAsync();
        await Expect(page.Locator("[data-field='Project.Customer'] .crm-chip")).ToHaveTextAsync(new Regex("Acme Corp"));

        await page.GetByLabel("Code").FillAsync("APL");
        await page.GetByLabel("Staff").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Project 'Apollo' published.");
        await Expect(page.GetByLabel("Staff")).ToHaveValueAsync("12");
        await Expect(page.GetByLabel("Amount")).ToHaveValueAsync("1000");
        await Expect(page.GetByLabel("Start")).ToHaveValueAsync("2026-12-01");

        // An edit of the published item is a new draft.
        await page.GetByLabel("Staff").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved as a draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected versions" }).ClickAsync();
        var staffRow = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Staff" }) });
        await Expect(staffRow).ToHaveAttributeAsync("data-changed", "true");
        await Expect(staffRow).ToContainTextAsync("12");
        await Expect(staffRow).ToContainTextAsync("15");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the versions" }).ClickAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 1 restored");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Staff")).ToHaveValueAsync("12");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(page.Locator(".crm-audit-entry").First).ToContainTextAsync("Updated");
        await Expect(page.Locator(".crm-audit-entry", new() { HasText = "Created" })).ToContainTextAsync("admin");
        var staffChange = page.Locator(".crm-audit-entry tr", new() { HasText = "Staff" }).First;
        await Expect(staffChange).ToContainTextAsync("15");
        await Expect(staffChange).ToContainTextAsync("12");
    }

    [Fact]
    public async Task A_list_is_searched_filtered_sorted_and_bulk_deleted()
    {
        await using var site = await ContentsSite.StartAsync();
        await ProjectType.CreateAsync(site.Services, ProjectType.Name, "Alpha", staff: 5);
        await ProjectType.CreateAsync(site.Services, ProjectType.Name, "Beta", staff: 50);
        await ProjectType.CreateAsync(site.Services, ProjectType.Name, "Gamma", staff: 500);
        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/contents");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Project" })).ToContainTextAsync("3");
        await page.GotoAsync("/admin/contents/Project");
        var titles = page.Locator("tbody tr td:nth-child(2) a");

        await page.GetByLabel("Search titles").FillAsync("bet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Beta"]);

        await page.GetByLabel("Search titles").FillAsync("");
        await page.GetByLabel("Filter on field").SelectOptionAsync(new SelectOptionValue { Label = "Staff" });
        await page.GetByLabel("Condition").SelectOptionAsync(new SelectOptionValue { Label = "greater than" });
        await page.GetByLabel("Value").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByText("2 items")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Beta", "Gamma"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff ▲" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Gamma", "Beta"]);

        await page.GetByLabel("Select Beta").CheckAsync();
        await page.GetByLabel("Select Gamma").CheckAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete selected" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 items deleted.");
        await page.GotoAsync("/admin/contents/Project");
        await Expect(titles).ToHaveTextAsync(["Alpha"]);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
