using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Accounts.Services;

namespace OrchardCrm.Deals.Services;

public static class DealServices
{
    /// <summary>The deal services behind the public interfaces of this folder. Safe to call twice.</summary>
    public static IServiceCollection AddDealServices(this IServiceCollection services)
    {
        services.AddAccountServices();
        services.TryAddScoped<DealIndexSets>();
        services.TryAddScoped<DealCardQuery>();
        services.TryAddScoped<IPipelineService, PipelineService>();
        services.TryAddScoped<IDealSettingsService, DealSettingsService>();
        services.TryAddScoped<IDealAuthorizer, DealAuthorizer>();
        services.TryAddScoped<IDealBoardQuery, DealBoardQuery>();
        services.TryAddScoped<IDealQueries, DealQueries>();
        services.TryAddScoped<IDealMoveService, DealMoveService>();
        services.TryAddScoped<ICommitteeAnalyzer, CommitteeAnalyzer>();
        services.TryAddScoped<IForecastService, ForecastService>();
        services.TryAddScoped<IWinLossService, WinLossService>();
        return services;
    }
}
