using OrchardCrm.Modules;
using OrchardCrm.Notifications;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>An in-app notification (the bell) for a user, through the Notifications feature; nothing is sent while it is off.</summary>
public sealed class NotifyUserTask : TaskActivity
{
    public override string Name => "NotifyUser";
    public override string Category => "Notifications";
    public override string DisplayText => "Notify user";
    public override string Description => "Sends an in-app notification to a user.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("UserName", "User", ActivityPropertyKind.Template, "User name (Liquid), e.g. {{ Owner }}", Required: true),
        new("Title", "Title", ActivityPropertyKind.Template, "One line (Liquid), e.g. {{ DealName }} has been idle for {{ DaysIdle }} days", Required: true),
        new("Body", "Body", ActivityPropertyKind.Template, "Optional (Liquid)."),
        new("Url", "Link", ActivityPropertyKind.Template, "Optional local path (Liquid), e.g. /admin/deals/{{ DealId }}"),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var userName = (await context.RenderAsync("UserName")).Trim();
        if (userName.Length == 0) throw new InvalidOperationException("The user to notify rendered empty.");
        var body = (await context.RenderAsync("Body")).Trim();
        var url = (await context.RenderAsync("Url")).Trim();
        var notification = new UserNotification(userName, (await context.RenderAsync("Title")).Trim())
        {
            Body = body.Length > 0 ? body : null,
            Url = url.Length > 0 ? url : null,
            Source = "Workflow",
            // One notification per instance and activity, however often the instance passes here.
            DeduplicationKey = $"workflow:{context.Run.Instance.WorkflowId}:{context.Activity.ActivityId}:{context.State.JournalCount}",
        };
        var sent = 0;
        foreach (var notifier in context.GetService<IEnabled<IUserNotifier>>())
            if (await notifier.NotifyAsync(notification, context.CancellationToken)) sent++;
        context.State.Variables["NotificationsSent"] = sent;
        return ActivityResult.Outcome("Done");
    }
}
