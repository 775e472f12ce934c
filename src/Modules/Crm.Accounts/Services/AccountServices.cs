using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCrm.Accounts.Services;

public static class AccountServices
{
    /// <summary>The account services (duplicates, merge, handover, timeline) and the API's authorizer. Safe to call twice.</summary>
    public static IServiceCollection AddAccountServices(this IServiceCollection services)
    {
        services.TryAddScoped<DuplicateFinder>();
        services.TryAddScoped<AccountHierarchyReader>();
        services.TryAddScoped<QuickAddItems>();
        services.TryAddScoped<ItemRepointer>();
        services.TryAddScoped<TimelineNotes>();
        services.TryAddScoped<AccountMergeService>();
        services.TryAddScoped<ContactMergeService>();
        services.TryAddScoped<HandoverService>();
        services.TryAddScoped<TimelineService>();
        services.TryAddScoped<AccountVisibility>();
        return services;
    }
}
