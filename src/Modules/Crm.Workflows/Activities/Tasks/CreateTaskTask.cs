using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data.Entities;
using OrchardCrm.Workflows.Scheduling;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>
/// Creates a follow-up task (the Accounts module's "Task" type, written by type name and field JSON so
/// this module does not depend on Accounts) for a user, due after a delay. Faults, with a clear message,
/// when the Task type is not there or the user does not exist.
/// </summary>
public sealed class CreateTaskTask : TaskActivity
{
    public const string TaskType = "Task";
    public const string TaskPart = "TaskPart";

    public override string Name => "CreateTask";
    public override string Category => "Tasks";
    public override string DisplayText => "Create task";
    public override string Description => "Creates a task for a user, due after a delay. Sets the variable CreatedTaskId.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("Title", "Title", ActivityPropertyKind.Template, "Liquid, e.g. Follow up on the proposal for {{ DealName }}", Required: true),
        new("Assignee", "Assignee", ActivityPropertyKind.Template, "User name (Liquid), e.g. {{ Owner }}", Required: true),
        new("DueIn", "Due in", Hint: "A delay such as 3d or 4h; empty: no due date.", Default: "3d"),
        new("Priority", "Priority", ActivityPropertyKind.Select, Options: ["Low", "Normal", "High", "Urgent"], Default: "Normal"),
        new("AccountId", "Account id", ActivityPropertyKind.Template, "Liquid, optional: the account the task is about."),
        new("DealId", "Deal id", ActivityPropertyKind.Template, "Liquid, optional: the deal the task is about, e.g. {{ DealId }}"),
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        ActivityRules.Delay(properties, "DueIn", "Due in", validation);
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (await context.GetService<IContentDefinitionManager>().GetTypeDefinitionAsync(TaskType) is null)
            throw new InvalidOperationException("There is no Task content type (enable the Accounts & Stakeholders feature).");
        var userName = (await context.RenderAsync("Assignee")).Trim();
        var users = context.GetService<UserManager<CrmUser>>();
        var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName) ?? await users.FindByIdAsync(userName);
        if (user is null) throw new InvalidOperationException($"No user '{userName}' to assign the task to.");

        var contents = context.GetService<IContentManager>();
        var task = await contents.NewAsync(TaskType);
        var part = task.GetOrCreatePart(TaskPart);
        part["Title"] = new JsonObject { ["Text"] = (await context.RenderAsync("Title")).Trim() };
        part["Assignee"] = new JsonObject { ["UserIds"] = new JsonArray(user.Id) };
        part["Status"] = new JsonObject { ["Values"] = new JsonArray("Open") };
        part["Priority"] = new JsonObject { ["Values"] = new JsonArray(context.Text("Priority") is { Length: > 0 } p ? p : "Normal") };
        if (DelayParser.TryParse(context.Text("DueIn"), out var dueIn))
            part["DueUtc"] = new JsonObject { ["Value"] = System.Text.Json.JsonSerializer.SerializeToNode(context.UtcNow + dueIn) };
        await LinkAsync(context, contents, part, "AccountId", "Account");
        await LinkAsync(context, contents, part, "DealId", "Deal");
        task.Owner = user.UserName;

        var result = await contents.CreateAsync(task, publish: true, context.CancellationToken);
        if (!result.Succeeded) throw new InvalidOperationException($"The task was refused: {result}");
        context.State.Variables["CreatedTaskId"] = task.ContentItemId;
        return ActivityResult.Outcome("Done");
    }

    /// <summary>Links the task to an item only when it exists (a picker refuses unknown ids).</summary>
    private static async Task LinkAsync(ActivityContext context, IContentManager contents, JsonObject part, string property, string field)
    {
        var id = (await context.RenderAsync(property)).Trim();
        if (id.Length > 0 && await contents.GetAsync(id, VersionOptions.Latest, context.CancellationToken) is not null)
            part[field] = new JsonObject { ["ContentItemIds"] = new JsonArray(id) };
    }
}
