using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Navigation;
using OrchardCrm.Recipes;
using OrchardCrm.Security;

namespace OrchardCrm.Modules;

/// <summary>How a feature's startup registers its contributions. Each is enumerated by the kernel through <see cref="IEnabled{T}"/>.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services) where T : class, IContentHandler
    {
        services.AddScoped<IContentHandler, T>();
        return services;
    }

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services) where T : class, IRecipeStepHandler
    {
        services.AddScoped<IRecipeStepHandler, T>();
        return services;
    }

    public static IServiceCollection AddPermissionProvider<T>(this IServiceCollection services) where T : class, IPermissionProvider
    {
        services.AddScoped<IPermissionProvider, T>();
        return services;
    }

    public static IServiceCollection AddNavigationProvider<T>(this IServiceCollection services) where T : class, INavigationProvider
    {
        services.AddSingleton<INavigationProvider, T>();
        return services;
    }

    public static IServiceCollection AddDataMigration<T>(this IServiceCollection services) where T : class, IDataMigration
    {
        services.AddScoped<IDataMigration, T>();
        return services;
    }

    public static IServiceCollection AddFieldKind<T>(this IServiceCollection services) where T : class, IFieldKind
    {
        services.AddSingleton<IFieldKind, T>();
        return services;
    }

    public static IServiceCollection AddDashboardWidget<T>(this IServiceCollection services) where T : class, DisplayManagement.IDashboardWidget
    {
        services.AddScoped<DisplayManagement.IDashboardWidget, T>();
        return services;
    }

    public static IServiceCollection AddTopBarItem<T>(this IServiceCollection services) where T : class, DisplayManagement.ITopBarItem
    {
        services.AddScoped<DisplayManagement.ITopBarItem, T>();
        return services;
    }

    /// <summary>A handler that runs inside each content write's transaction (see <see cref="IContentWriteHandler"/>).</summary>
    public static IServiceCollection AddContentWriteHandler<T>(this IServiceCollection services) where T : class, IContentWriteHandler
    {
        services.AddScoped<IContentWriteHandler, T>();
        return services;
    }

    public static IServiceCollection AddBackgroundTask<T>(this IServiceCollection services) where T : class, BackgroundTasks.IBackgroundTask
    {
        services.AddScoped<BackgroundTasks.IBackgroundTask, T>();
        return services;
    }

    /// <summary>Registers a module record: its entity in the kernel's data model (table named after the class, see <see cref="Data.ModuleRecord"/>).</summary>
    public static IServiceCollection AddModuleRecord<T>(this IServiceCollection services) where T : Data.ModuleRecord
    {
        services.AddSingleton(new Data.ModuleRecordRegistration(typeof(T)));
        return services;
    }

    /// <summary>Announces an event the feature raises (the workflow toolbox lists it).</summary>
    public static IServiceCollection AddCrmEvent(this IServiceCollection services, Events.CrmEventDescriptor descriptor)
    {
        services.AddSingleton(descriptor);
        return services;
    }

    public static IServiceCollection AddContentCreationAdvisor<T>(this IServiceCollection services) where T : class, DisplayManagement.IContentCreationAdvisor
    {
        services.AddScoped<DisplayManagement.IContentCreationAdvisor, T>();
        return services;
    }

    public static IServiceCollection AddContentAccessGrant<T>(this IServiceCollection services) where T : class, IContentAccessGrant
    {
        services.AddScoped<IContentAccessGrant, T>();
        return services;
    }

    public static IServiceCollection AddCrmEventHandler<T>(this IServiceCollection services) where T : class, Events.ICrmEventHandler
    {
        services.AddScoped<Events.ICrmEventHandler, T>();
        return services;
    }

    /// <summary>Registers a map index: its provider, and its entity in the kernel's data model (table named after the class).</summary>
    public static IServiceCollection AddIndexProvider<TProvider, TIndex>(this IServiceCollection services)
        where TProvider : IndexProvider<TIndex>
        where TIndex : MapIndex
    {
        services.AddScoped<IIndexProvider, TProvider>();
        services.AddSingleton(new IndexEntityRegistration(typeof(TIndex)));
        return services;
    }
}

/// <summary>A map index entity to include in the kernel's data model. Schema is not feature-switched, so every registration counts.</summary>
public sealed record IndexEntityRegistration(Type IndexType);
