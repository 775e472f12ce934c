using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Activities.Tasks;
using OrchardCrm.Workflows.Endpoints;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Recipes;
using OrchardCrm.Workflows.Scripting;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows;

[Feature("Crm.Workflows")]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleRecord<WorkflowTypeRecord>();
        services.AddModuleRecord<WorkflowInstanceRecord>();
        services.AddModuleRecord<WorkflowJournalRecord>();
        services.AddModuleRecord<WorkflowBookmarkRecord>();
        services.AddModuleRecord<WorkflowScheduleRecord>();
        services.AddDataMigration<Migrations>();
        services.AddPermissionProvider<Permissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddRecipeStep<WorkflowTypeStep>();

        services.AddSingleton<ExpressionEvaluator>();
        services.AddScoped<ActivityLibrary>(sp => new ActivityLibrary(sp.GetRequiredService<IEnabled<IActivity>>(), sp.GetRequiredService<IEnabled<CrmEventDescriptor>>()));
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowExecutor>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowExporter>();
        services.AddScoped<IEmailSender, EmailSender>();
        services.AddHttpClient(HttpRequestTask.ClientName);
        services.AddContentHandler<WorkflowContentHandler>();
        services.AddCrmEventHandler<WorkflowEventHandler>();
        services.AddBackgroundTask<WorkflowTimerTask>();

        services.AddWorkflowActivity<ContentCreatedEvent>();
        services.AddWorkflowActivity<ContentUpdatedEvent>();
        services.AddWorkflowActivity<ContentPublishedEvent>();
        services.AddWorkflowActivity<ContentUnpublishedEvent>();
        services.AddWorkflowActivity<ContentRemovedEvent>();
        services.AddWorkflowActivity<DealStageChangedEvent>();
        services.AddWorkflowActivity<TimerEvent>();
        services.AddWorkflowActivity<HttpRequestEvent>();
        services.AddWorkflowActivity<SignalEvent>();
        services.AddWorkflowActivity<IfElseTask>();
        services.AddWorkflowActivity<SetVariableTask>();
        services.AddWorkflowActivity<CreateContentTask>();
        services.AddWorkflowActivity<UpdateFieldTask>();
        services.AddWorkflowActivity<CreateTaskTask>();
        services.AddWorkflowActivity<NotifyUserTask>();
        services.AddWorkflowActivity<SendEmailTask>();
        services.AddWorkflowActivity<HttpRequestTask>();
        services.AddWorkflowActivity<ForkTask>();
        services.AddWorkflowActivity<JoinTask>();
        services.AddWorkflowActivity<WaitTask>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapWorkflowEndpoints();
}
