using Microsoft.Playwright;
using OrchardCrm.Accounts.Models;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>My tasks in a real browser: the user's open tasks by due day, completed in place.</summary>
public sealed class MyTasksTests
{
    [Fact]
    public async Task My_open_tasks_are_grouped_by_due_day_and_completed_in_place()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var adminId = await MergeHandoverData.UserIdAsync(site.Services, BrowserSite.AdminUserName);
        var bellaId = await MergeHandoverData.UserAsync(site.Services, "bella");
        var acme = await MergeHandoverData.AccountAsync(site.Services, "Acme Corp", "acme.com");
        var today = DateTime.UtcNow.Date;
        await MergeHandoverData.TaskAsync(site.Services, "Call back Acme", acme, adminId, today.AddDays(-2), "High");
        var proposal = await MergeHandoverData.TaskAsync(site.Services, "Send proposal", acme, adminId, today.AddHours(12));
        await MergeHandoverData.TaskAsync(site.Services, "Plan the QBR", null, adminId, today.AddDays(3));
        await MergeHandoverData.TaskAsync(site.Services, "Bella's own task", acme, bellaId, today);
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin/tasks/mine");
        var overdue = Group(page, "Overdue");
        var todays = Group(page, "Today");
        var upcoming = Group(page, "Upcoming");
        await Expect(overdue.GetByRole(AriaRole.Row, new() { Name = "Call back Acme" })).ToContainTextAsync("High");
        await Expect(overdue.GetByRole(AriaRole.Link, new() { Name = "Acme Corp" })).ToHaveAttributeAsync("href", $"/admin/accounts/{acme}");
        await Expect(todays.GetByRole(AriaRole.Row, new() { Name = "Send proposal" })).ToBeVisibleAsync();
        await Expect(upcoming.GetByRole(AriaRole.Row, new() { Name = "Plan the QBR" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Bella's own task")).ToHaveCountAsync(0);

        await todays.GetByRole(AriaRole.Button, new() { Name = "Complete Send proposal" }).ClickAsync();
        var done = todays.GetByRole(AriaRole.Row, new() { Name = "Send proposal" });
        await Expect(done).ToContainTextAsync("Done");
        await Expect(done.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var stored = (await MergeHandoverData.GetAsync(site.Services, proposal))!.As<TaskPart>();
        Assert.Equal(["Done"], stored.Status.Values);
        Assert.NotNull(stored.CompletedUtc.Value);

        await page.ReloadAsync();
        await Expect(Group(page, "Today").GetByText("Nothing due today.")).ToBeVisibleAsync();
        await page.GetByText("Recently completed (1)").ClickAsync();
        await Expect(page.Locator("details").GetByRole(AriaRole.Row, new() { Name = "Send proposal" })).ToBeVisibleAsync();
    }

    private static ILocator Group(IPage page, string heading) =>
        page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading }) });
}
