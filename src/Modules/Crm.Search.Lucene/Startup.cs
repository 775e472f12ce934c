using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Search.Lucene.Api;
using OrchardCrm.Search.Lucene.Cli;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Search.Lucene.Models;
using OrchardCrm.Search.Lucene.Recipes;
using OrchardCrm.Search.Lucene.Services;

namespace OrchardCrm.Search.Lucene;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleRecord<SearchIndexRecord>();
        services.AddModuleRecord<SearchIndexingTask>();
        services.AddDataMigration<Migrations>();
        services.AddPermissionProvider<SearchPermissions>();
        services.AddNavigationProvider<AdminMenu>();

        services.AddSingleton<SearchIndexer>();
        services.AddScoped<SearchIndexDefinitionStore>();
        services.AddScoped<ISearchService, LuceneSearchService>();
        services.AddContentWriteHandler<IndexingTaskWriter>();
        services.AddContentHandler<IndexNudgeHandler>();
        services.AddBackgroundTask<SearchIndexingBackgroundTask>();
        services.AddRecipeStep<LuceneIndexStep>();
        services.AddCommandLineCommand<SearchCommand>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapSearchApi();
}
