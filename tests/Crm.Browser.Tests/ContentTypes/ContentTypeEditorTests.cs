using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.ContentTypes;

public sealed class ContentTypeEditorTests
{
    [Fact]
    public async Task An_administrator_creates_a_type_adds_a_custom_field_and_sees_it_on_the_type_and_its_create_page()
    {
        await using var site = await ContentTypesSite.StartAsync();
        var page = await site.SignInAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create type" }).ClickAsync();
        await page.GetByLabel("Display name", new() { Exact = true }).FillAsync("Support ticket");
        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync("9Tickets");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByText("'9Tickets' is not a valid technical name")).ToBeVisibleAsync();

        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync("SupportTicket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/content-types/SupportTicket$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Support ticket", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add field" }).ClickAsync();
        await page.GetByLabel("Display name", new() { Exact = true }).FillAsync("Severity");
        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync("Severity");
        await page.GetByLabel("Kind").SelectOptionAsync("NumericField");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add field" }).ClickAsync();

        var fields = page.GetByRole(AriaRole.List, new() { Name = "Fields of Support ticket" });
        await Expect(fields.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(fields).ToContainTextAsync("Severity");
        await Expect(fields).ToContainTextAsync("NumericField");

        // The same name again is refused beside the name.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add field" }).ClickAsync();
        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync("severity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add field" }).ClickAsync();
        await Expect(page.GetByText("The type already has a field named 'Severity'.")).ToBeVisibleAsync();

        // Settings that contradict each other are refused beside the field; sound ones are saved.
        await page.GotoAsync("/admin/content-types/SupportTicket");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Severity" }).ClickAsync();
        await page.GetByLabel("Minimum value").FillAsync("5");
        await page.GetByLabel("Maximum value").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save field" }).ClickAsync();
        await Expect(page.GetByText("The minimum (5) is greater than the maximum (1).")).ToBeVisibleAsync();
        await page.GetByLabel("Minimum value").FillAsync("1");
        await page.GetByLabel("Maximum value").FillAsync("5");
        await page.GetByLabel("Default value").FillAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save field" }).ClickAsync();
        await Expect(page.GetByText("The default value is not valid: Severity must be at most 5.")).ToBeVisibleAsync();
        await page.GetByLabel("Default value").FillAsync("3");
        await page.GetByLabel("Required").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save field" }).ClickAsync();
        await Expect(fields).ToContainTextAsync("Required");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin navigation" }).GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "SupportTicket" });
        await Expect(row).ToContainTextAsync("Support ticket");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("1");

        // The item pages read the definitions: the new field is on the create page at once.
        await page.GotoAsync("/admin/contents/SupportTicket/create");
        await Expect(page.GetByLabel("Severity")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Fields_are_reordered_with_the_move_buttons_and_removed_after_confirming()
    {
        await using var site = await ContentTypesSite.StartAsync();
        await ContentTypesSite.DefineAsync(site, "Visit", "First", "Second", "Third");
        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/content-types/Visit");
        var names = page.Locator("#crm-field-list .crm-field-display-name");
        await Expect(names).ToHaveTextAsync(["First", "Second", "Third"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Move Third up" }).ClickAsync();
        await Expect(names).ToHaveTextAsync(["First", "Third", "Second"]);
        Assert.Equal(["First", "Third", "Second"], await ContentTypesSite.FieldNamesAsync(site, "Visit"));

        string? question = null;
        page.Dialog += (_, dialog) => { question = dialog.Message; dialog.AcceptAsync(); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove First" }).ClickAsync();
        await Expect(names).ToHaveTextAsync(["Third", "Second"]);
        Assert.StartsWith("Remove the field 'First' from Visit?", question);
        Assert.Equal(["Third", "Second"], await ContentTypesSite.FieldNamesAsync(site, "Visit"));
    }

    [Fact]
    public async Task Fields_are_reordered_by_drag_and_drop()
    {
        await using var site = await ContentTypesSite.StartAsync();
        await ContentTypesSite.DefineAsync(site, "Visit", "First", "Second", "Third");
        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/content-types/Visit");
        var names = page.Locator("#crm-field-list .crm-field-display-name");

        // Drop "Third" by its handle on the top edge of "First".
        await page.Locator("li[data-field-name='Third'] .crm-drag-handle")
            .DragToAsync(page.Locator("li[data-field-name='First']"), new() { TargetPosition = new() { X = 20, Y = 3 } });
        await Expect(page.GetByText("Field order saved.")).ToBeVisibleAsync();
        await Expect(names).ToHaveTextAsync(["Third", "First", "Second"]);
        Assert.Equal(["Third", "First", "Second"], await ContentTypesSite.FieldNamesAsync(site, "Visit"));
    }
}
