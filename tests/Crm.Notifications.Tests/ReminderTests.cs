using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Reminders;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>Task reminders (Accounts) sent through the Notifications module, and the TaskOverdue event.</summary>
public sealed class ReminderTests
{
    [Theory, Databases]
    public async Task A_reminder_that_comes_due_notifies_the_assignee_once_however_often_the_task_runs(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var adaId = await UserAsync(shell, "ada");
        var now = DateTime.UtcNow;
        var task = await TaskAsync(shell, "Call Acme back", owner: "olga", assigneeId: adaId, reminderUtc: now.AddMinutes(-5), dueUtc: now.AddDays(1));
        await TaskAsync(shell, "Later", owner: "olga", assigneeId: adaId, reminderUtc: now.AddHours(2));
        await TaskAsync(shell, "Long forgotten", owner: "olga", assigneeId: adaId, reminderUtc: now.AddDays(-8));

        await RunRemindersAsync(shell);
        await RunRemindersAsync(shell);

        var notification = Assert.Single(await shell.NotificationsOfAsync("ada"));
        Assert.Equal("Reminder: Call Acme back", notification.Title);
        Assert.Equal(("/admin/tasks/mine", "Reminder"), (notification.Url, notification.Source));
        Assert.StartsWith($"reminder:{task}:", notification.DeduplicationKey);
        Assert.Empty(await shell.NotificationsOfAsync("olga"));
    }

    [Theory, Databases]
    public async Task An_unassigned_task_reminds_its_owner_and_a_done_task_reminds_nobody(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var adaId = await UserAsync(shell, "ada");
        var now = DateTime.UtcNow;
        await TaskAsync(shell, "Unassigned follow-up", owner: "olga", assigneeId: null, reminderUtc: now.AddMinutes(-1));
        await TaskAsync(shell, "Already done", owner: "olga", assigneeId: adaId, reminderUtc: now.AddMinutes(-1), status: "Done");
        await TaskAsync(shell, "Cancelled one", owner: "olga", assigneeId: adaId, reminderUtc: now.AddMinutes(-1), status: "Cancelled");

        await RunRemindersAsync(shell);

        Assert.Equal(["Reminder: Unassigned follow-up"], (await shell.NotificationsOfAsync("olga")).Select(n => n.Title));
        Assert.Empty(await shell.NotificationsOfAsync("ada"));
    }

    [Theory, Databases]
    public async Task Moving_the_reminder_sends_a_new_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var adaId = await UserAsync(shell, "ada");
        var now = DateTime.UtcNow;
        var task = await TaskAsync(shell, "Chase invoice", owner: "olga", assigneeId: adaId, reminderUtc: now.AddMinutes(-30));
        await RunRemindersAsync(shell);

        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = (await contents.GetAsync(task, VersionOptions.Latest))!;
            item.Alter<TaskPart>(t => t.ReminderUtc.Value = now.AddMinutes(-1));
            Assert.True((await contents.UpdateAsync(item)).Succeeded);
        });
        await RunRemindersAsync(shell);
        await RunRemindersAsync(shell);

        Assert.Equal(2, (await shell.NotificationsOfAsync("ada")).Count);
    }

    [Theory, Databases]
    public async Task TaskOverdue_is_raised_once_per_open_task_past_its_due_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var captured = new ConcurrentQueue<CrmEvent>();
        await using var shell = await StartAsync(db, services =>
        {
            services.AddSingleton(captured);
            services.AddCrmEventHandler<CapturingHandler>();
        });
        var adaId = await UserAsync(shell, "ada");
        var now = DateTime.UtcNow;
        var account = await CreateAsync(shell, AccountTypes.Account, "olga", item => item.Alter<AccountPart>(a => a.Name.Text = "Acme Corp"));
        var overdue = await TaskAsync(shell, "Send the contract", owner: "olga", assigneeId: adaId, dueUtc: now.AddHours(-2), accountId: account);
        var unassigned = await TaskAsync(shell, "Nobody's", owner: "olga", assigneeId: null, dueUtc: now.AddDays(-30));
        await TaskAsync(shell, "Done late", owner: "olga", assigneeId: adaId, dueUtc: now.AddHours(-2), status: "Done");
        await TaskAsync(shell, "Not yet due", owner: "olga", assigneeId: adaId, dueUtc: now.AddHours(2));

        await RunRemindersAsync(shell);
        await RunRemindersAsync(shell);

        var events = captured.Where(e => e.Name == "TaskOverdue").OrderBy(e => e.Input["Title"]).ToList();
        Assert.Equal(["Nobody's", "Send the contract"], events.Select(e => e.Input["Title"]));
        var contract = events[1];
        Assert.Equal(overdue, contract.CorrelationId);
        Assert.Equal(overdue, contract.Input["TaskId"]);
        Assert.Equal("ada", contract.Input["Assignee"]);
        Assert.Equal(account, contract.Input["AccountId"]);
        Assert.True(Math.Abs(((DateTime)contract.Input["DueUtc"]! - now.AddHours(-2)).TotalSeconds) < 1);
        Assert.Null(events[0].Input["Assignee"]);
        Assert.Equal(unassigned, events[0].CorrelationId);

        var announced = shell.Services.GetServices<CrmEventDescriptor>().Single(d => d.Name == "TaskOverdue");
        Assert.Equal(["TaskId", "Title", "Assignee", "DueUtc", "AccountId"], announced.InputNames);
    }

    [Theory, Databases]
    public async Task Without_the_notifications_feature_reminders_are_sent_nowhere_and_nothing_fails(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.EnableAsync("Crm.Accounts");
        var adaId = await UserAsync(shell, "ada");
        await TaskAsync(shell, "Call Acme back", owner: "olga", assigneeId: adaId, reminderUtc: DateTime.UtcNow.AddMinutes(-5));

        await RunRemindersAsync(shell);

        // Turned on later, the reminder (still within its week) is delivered at the next run.
        await shell.EnableAsync("Crm.Notifications");
        await RunRemindersAsync(shell);
        Assert.Single(await shell.NotificationsOfAsync("ada"));
    }

    private sealed class CapturingHandler(ConcurrentQueue<CrmEvent> captured) : ICrmEventHandler
    {
        public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
        {
            captured.Enqueue(crmEvent);
            return Task.CompletedTask;
        }
    }

    private static Task<TestShell> StartAsync(TestDatabase db, Action<IServiceCollection>? configure = null) =>
        NotificationsTestShell.StartAsync(db, configure, null, "Crm.Accounts");

    // The runner is not in the kernel yet: resolve the task as it would, in a fresh scope, and run it.
    private static Task RunRemindersAsync(TestShell shell) =>
        shell.ScopeAsync(sp => sp.GetServices<IBackgroundTask>().OfType<TaskReminderTask>().Single().RunAsync(CancellationToken.None));

    private static async Task<string> UserAsync(TestShell shell, string userName)
    {
        await TestUsers.CreateAsync(shell.Services, userName, "Plain user");
        return await shell.ScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync(userName))!.Id);
    }

    private static Task<string> TaskAsync(TestShell shell, string title, string owner, string? assigneeId, DateTime? reminderUtc = null, DateTime? dueUtc = null, string status = "Open", string? accountId = null) =>
        CreateAsync(shell, AccountTypes.Task, owner, item => item.Alter<TaskPart>(t =>
        {
            t.Title.Text = title;
            t.Status.Values = [status];
            t.Priority.Values = ["Normal"];
            t.ReminderUtc.Value = reminderUtc;
            t.DueUtc.Value = dueUtc;
            if (assigneeId is not null) t.Assignee.UserIds = [assigneeId];
            if (accountId is not null) t.Account.ContentItemIds = [accountId];
        }));

    private static Task<string> CreateAsync(TestShell shell, string type, string owner, Action<ContentItem> fill) =>
        shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            fill(item);
            item.Owner = owner;
            var result = await contents.CreateAsync(item);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });
}
