using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts;
using OrchardCrm.Modules;

namespace OrchardCrm.Deals.Controllers;

/// <summary>What the deal pages add to other modules' pages (kept beside the pages; the module's Startup registers the domain).</summary>
[Feature("Crm.Deals")]
public sealed class DealPagesStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IAccountPageSlot, AccountDealsSlot>();
}
