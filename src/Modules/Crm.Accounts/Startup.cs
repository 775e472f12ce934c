using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Api;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.Handlers;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Recipes;
using OrchardCrm.Accounts.Reminders;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts;

[Feature("Crm.Accounts")]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<Migrations>();
        services.AddIndexProvider<AccountIndexProvider, AccountIndex>();
        services.AddIndexProvider<ContactIndexProvider, ContactIndex>();
        services.AddIndexProvider<ActivityIndexProvider, ActivityIndex>();
        services.AddIndexProvider<TaskIndexProvider, TaskIndex>();
        services.AddIndexProvider<AccountTeamIndexProvider, AccountTeamIndex>();
        services.AddContentHandler<AccountsContentHandler>();
        services.AddContentAccessGrant<AccountTeamGrant>();
        services.AddContentCreationAdvisor<DuplicateCreationAdvisor>();
        services.AddPermissionProvider<Permissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddRecipeStep<AccountsSampleDataStep>();
        services.AddAccountServices();
        services.AddAccountReminders();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapAccountApi();
}
