using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Deals.Api;
using OrchardCrm.Deals.Handlers;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Recipes;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.Services;
using OrchardCrm.Modules;

namespace OrchardCrm.Deals;

[Feature("Crm.Deals")]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<Migrations>();
        services.AddIndexProvider<DealIndexProvider, DealIndex>();
        services.AddIndexProvider<DealActivityIndexProvider, DealActivityIndex>();
        services.AddModuleRecord<PipelineRecord>();
        services.AddModuleRecord<DealHistoryRecord>();
        services.AddModuleRecord<DealRottingEpisodeRecord>();
        services.AddContentHandler<DealContentHandler>();
        services.AddContentAccessGrant<DealVisibilityGrant>();
        services.AddContentWriteHandler<DealHistoryWriter>();
        services.AddPermissionProvider<Permissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddRecipeStep<PipelinesStep>();
        services.AddRecipeStep<DealsSampleDataStep>();
        services.AddCrmEvent(DealEvents.StageChangedDescriptor);
        services.AddCrmEvent(DealEvents.RottingDescriptor);
        // The stage follow-up is an ordinary event handler so the workflows module can replace it.
        services.AddCrmEventHandler<FollowUpTaskOnStageEntry>();
        services.AddBackgroundTask<DealRottingTask>();
        services.AddScoped<IHandoverParticipant, DealsHandoverParticipant>();
        services.AddDealServices();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapDealApi();
}
