using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Modules;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Workflows;

public sealed class WorkflowEditorTests
{
    [Fact]
    public async Task An_administrator_builds_a_workflow_in_the_editor_triggers_it_and_reads_its_journal()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Workflows"]);
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin/workflows");
        await page.GetByRole(AriaRole.Link, new() { Name = "New workflow" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Ping pong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit workflow", Level = 1 })).ToBeVisibleAsync();

        // A start event and a task from the toolbox.
        await page.GetByLabel("Add from the toolbox").SelectOptionAsync("Signal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add activity" }).ClickAsync();
        var signal = page.GetByRole(AriaRole.Region, new() { Name = "Signal (signal-1)" });
        await Expect(signal.GetByLabel("Starts the workflow")).ToBeCheckedAsync();
        await signal.GetByLabel("Signal name").FillAsync("ping");

        await page.GetByLabel("Add from the toolbox").SelectOptionAsync("SetVariable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add activity" }).ClickAsync();
        var setVariable = page.GetByRole(AriaRole.Region, new() { Name = "Set variable (setvariable-1)" });
        await setVariable.GetByLabel("Variable name").FillAsync("Reply");
        await setVariable.GetByLabel("Value").FillAsync("'pong for ' + input.SentBy");

        // A bad value is shown beside its field and nothing is saved.
        await signal.GetByLabel("Done: go to").SelectOptionAsync("setvariable-1");
        await signal.GetByLabel("Signal name").FillAsync("not valid!");
        await page.GetByLabel("Enabled", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(signal.GetByText("Signal name may hold only letters")).ToBeVisibleAsync();

        await signal.GetByLabel("Signal name").FillAsync("ping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("saved as version 2")).ToBeVisibleAsync();

        // Trigger it, then open the instance and read its journal.
        await page.GetByRole(AriaRole.Link, new() { Name = "Instances" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send signal ping" }).ClickAsync();
        await Expect(page.GetByText("1 workflow(s) started")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/instances/"));
        await Expect(page.GetByTestId("instance-status")).ToHaveTextAsync("Finished");
        var journal = page.GetByRole(AriaRole.Table, new() { Name = "Journal" });
        await Expect(journal.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(journal.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Signal (signal-1)");
        await Expect(journal.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Done");
        await Expect(journal.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Set variable (setvariable-1)");
        await Expect(page.GetByLabel("Variables")).ToContainTextAsync("pong for admin");

        // The list counts it.
        await page.GotoAsync("/admin/workflows");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "1 finished instances of Ping pong" })).ToBeVisibleAsync();
    }
}
