using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Queries;

internal sealed class ContentQueryFactory(CrmDbContext db, IContentDefinitionManager definitions) : IContentQueryFactory
{
    public IContentQuery Query(params string[] contentTypes) => new ContentQuery(db, definitions, contentTypes);
}
