using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Documents;
using OrchardCrm.Modules;
using OrchardCrm.Navigation;
using OrchardCrm.Recipes;
using OrchardCrm.Security;
using OrchardCrm.Settings;
using OrchardCrm.Setup;

namespace OrchardCrm.Hosting;

public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the kernel and every module's startup. Each startup's registrations are tagged with its
    /// feature, so <see cref="IEnabled{T}"/> and the endpoint gate can leave disabled features out.
    /// </summary>
    public static IServiceCollection AddCrmKernel(this IServiceCollection services, IConfiguration configuration, ModuleCatalog? catalog = null)
    {
        var options = configuration.GetSection(CrmOptions.Section).Get<CrmOptions>() ?? new CrmOptions();
        services.AddSingleton(options);

        catalog ??= ModuleCatalog.FromApplicationDirectory();
        var typeMap = new FeatureTypeMap(catalog);
        services.AddSingleton(catalog);
        services.AddSingleton(typeMap);

        services.AddCrmDatabase(options);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IClock, SystemClock>();
        services.TryAddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IShellFeatures, ShellFeatures>();
        services.AddTransient(typeof(IEnabled<>), typeof(Enabled<>));
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddScoped<DataMigrationManager>();
        services.AddScoped<ISchemaBuilder, SchemaBuilder>();
        services.AddScoped<IRecordStore, RecordStore>();
        services.AddScoped<OrchardCrm.Events.ICrmEventBus, OrchardCrm.Events.CrmEventBus>();
        services.AddBackgroundTaskRunner();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<ShellInitializer>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<SiteService>();
        services.AddScoped<ISiteService>(sp => sp.GetRequiredService<SiteService>());
        services.AddScoped<INavigationManager, NavigationManager>();

        services.AddCrmAdminUi(catalog);
        services.AddContentManagement();
        services.AddRecipes();
        services.AddCrmSecurity();
        services.AddCrmSetup();

        var startups = catalog.CreateStartups();
        foreach (var (featureId, startup) in startups)
        {
            var recording = new RecordingServiceCollection(services);
            startup.ConfigureServices(recording);
            foreach (var descriptor in recording.Added)
            {
                var implementation = descriptor.IsKeyedService
                    ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
                    : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
                // Framework services a startup adds (MVC, options...) stay untagged: only the module's own types belong to its feature.
                if (implementation is not null && catalog.Modules.Any(m => m.Assembly == implementation.Assembly))
                    typeMap.Add(implementation, featureId);
                else if (!descriptor.IsKeyedService && descriptor.ImplementationInstance is { } instance && implementation!.Assembly == typeof(IEnabled<>).Assembly)
                    typeMap.AddInstance(instance, featureId);
            }
        }
        services.AddSingleton(new RegisteredStartups(startups));
        return services;
    }
}
