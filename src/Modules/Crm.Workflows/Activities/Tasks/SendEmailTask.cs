using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>Sends an email rendered from Liquid templates (SMTP when configured, else a .eml file in the pickup folder).</summary>
public sealed class SendEmailTask : TaskActivity
{
    public override string Name => "SendEmail";
    public override string Category => "Messaging";
    public override string DisplayText => "Send email";
    public override string Description => "Sends an email.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("To", "To", ActivityPropertyKind.Template, "Addresses, comma-separated (Liquid).", Required: true),
        new("Subject", "Subject", ActivityPropertyKind.Template, Required: true),
        new("Body", "Body", ActivityPropertyKind.Template, "Liquid.", Required: true),
        new("IsHtml", "HTML body", ActivityPropertyKind.Boolean, Default: "false"),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var to = (await context.RenderAsync("To")).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0) throw new InvalidOperationException("The email has no recipient.");
        var message = new EmailMessage(to, (await context.RenderAsync("Subject")).Trim(), await context.RenderAsync("Body"), context.Flag("IsHtml"));
        var where = await context.GetService<IEmailSender>().SendAsync(message, context.CancellationToken);
        context.State.Variables["LastEmail"] = where;
        return ActivityResult.Outcome("Done");
    }
}
