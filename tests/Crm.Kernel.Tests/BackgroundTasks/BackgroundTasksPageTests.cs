using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Setup;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.BackgroundTasks;

/// <summary>The admin's background tasks page over HTTP: who may see it, what it lists, and "Run now".</summary>
public sealed partial class BackgroundTasksPageTests
{
    private const string Page = "/admin/background-tasks";
    private const string AdminPassword = "Tasks-Page1!pw";

    [Theory, Databases]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_users_without_the_permission_are_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database);

        var anonymous = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toLogin = await anonymous.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/login", toLogin.Headers.Location!.ToString());

        await TestUsers.CreateAsync(host.Services, "clerk", "Clerk", TestUsers.Password, "AccessAdminPanel");
        var clerk = await TestUsers.SignInAsync(host, "clerk");
        var refused = await clerk.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/access-denied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/access-denied")).StatusCode);
        // Nor can the clerk run a task by posting the form directly.
        var post = await clerk.PostAsync(Page + "/run", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = CountingTask.TaskName }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, host.Services.GetRequiredService<TaskProbe>().Runs(CountingTask.TaskName));
    }

    [Theory, Databases]
    public async Task The_admin_sees_the_tasks_and_runs_one_now(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database);
        var admin = await TestUsers.SignInAsync(host, "admin", AdminPassword);

        var html = await admin.GetStringAsync(Page);
        var counting = Row(html, CountingTask.TaskName);
        Assert.Contains("Test tasks", counting);
        Assert.Contains("every 1 h", counting);
        Assert.Contains("One node", counting);
        Assert.Contains("Every node", Row(html, EveryNodeTask.TaskName));
        Assert.Contains("href=\"/admin/background-tasks\"", html);

        var run = await PostAsync(admin, html, CountingTask.TaskName);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.Equal(Page, run.Headers.Location!.ToString());
        Assert.Equal(1, host.Services.GetRequiredService<TaskProbe>().Runs(CountingTask.TaskName));

        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("'Test.Counting' ran.", after);
        Assert.Contains("took", Row(after, CountingTask.TaskName));

        // A failure shows, in the notice and in the task's row.
        await PostAsync(admin, after, FailingTask.TaskName);
        var failed = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("ran and failed", failed);
        Assert.Contains(FailingTask.Message, Row(failed, FailingTask.TaskName));
    }

    private static async Task<TestWebHost> StartAsync(TestDatabase database)
    {
        var host = new TestWebHost(database);
        await using var scope = host.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            AdminUserName = "admin",
            AdminEmail = "admin@example.com",
            AdminPassword = AdminPassword,
        });
        Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Admin", "Crm.Test.Tasks"]);
        return host;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string task)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        return client.PostAsync(Page + "/run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = task,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
    }

    /// <summary>The table row of the task.</summary>
    private static string Row(string html, string task)
    {
        var match = Regex.Match(html, $"<tr data-task=\"{Regex.Escape(task)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page lists no task '{task}'.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
