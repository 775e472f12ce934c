using System.Security.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Security;

namespace OrchardCrm.Search.Lucene.Services;

/// <summary>
/// Searches this node's copy of an index and keeps only what the user may view: types the user may view
/// entirely pass as they are, the user's own items of "own"-only types pass, and other items of those
/// types are asked about one by one (<see cref="IContentAuthorizer"/>, which knows the modules' grants,
/// such as an account's team). Types the user may not view at all are left out of the Lucene query itself.
/// </summary>
public sealed class LuceneSearchService(SearchIndexer indexer, IContentAuthorizer authorizer, IContentManager content, IContentDefinitionManager definitions) : ISearchService
{
    /// <summary>The best hits examined per search; facets, totals and pages are over these.</summary>
    public const int MaxCandidates = 1000;

    /// <summary>Items of "own"-only types not owned by the user that are loaded to ask the authorizer, per search.</summary>
    public const int MaxItemChecks = 200;

    private const string View = "ViewContent";
    private static readonly ISet<string> StoredFields = new HashSet<string> { IndexFields.Id, IndexFields.Title, IndexFields.Modified };
    private static readonly ISet<string> StoredFieldsWithBody = new HashSet<string> { IndexFields.Id, IndexFields.Title, IndexFields.Modified, IndexFields.Body };
    private static readonly Sort NewestFirst = new(new SortField(IndexFields.Modified, SortFieldType.INT64, reverse: true));

    public async Task<SearchResult> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Max(1, request.Page);
        var text = request.Query?.Trim() ?? "";
        if (text.Length == 0 || user.Identity?.IsAuthenticated != true) return SearchResult.Empty(pageSize);

        var name = request.Index ?? SearchIndexDefinitionStore.DefaultIndex;
        var index = await indexer.GetReadyIndexAsync(name, cancellationToken)
            ?? throw new SearchQueryException($"There is no search index named '{name}'.");
        var query = CrmQueryParser.ParseOrExplain(text, index.Analyzer);

        var types = (await definitions.ListTypeDefinitionsAsync()).ToDictionary(t => t.Name, t => t.DisplayName is { Length: > 0 } d ? d : t.Name, StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var some = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in index.Definition.ContentTypes.Where(types.ContainsKey))
        {
            if (await authorizer.CanOnAllAsync(user, View, type)) all.Add(type);
            else if (await authorizer.CanOnSomeAsync(user, View, type)) some.Add(type);
        }
        if (all.Count == 0 && some.Count == 0) return SearchResult.Empty(pageSize);

        var allowedTypes = new BooleanQuery();
        foreach (var type in all.Concat(some)) allowedTypes.Add(new TermQuery(new Term(IndexFields.Type, type.ToLowerInvariant())), Occur.SHOULD);

        var searcher = index.AcquireSearcher();
        try
        {
            // The index holds only its types: when the user may view all of them, there is nothing to filter.
            Filter? filter = some.Count == 0 && all.Count == index.Definition.ContentTypes.Count(types.ContainsKey) ? null : new QueryWrapperFilter(allowedTypes);
            var top = request.Sort == SearchSort.Date
                ? searcher.Search(query, filter, MaxCandidates, NewestFirst)
                : searcher.Search(query, filter, MaxCandidates);
            // Type and owner come from doc values: no stored document is read for a candidate that is not shown.
            var values = new CandidateValues(searcher.IndexReader);
            var candidates = top.ScoreDocs.Select(values.Read).ToList();
            var visible = await TrimAsync(candidates, values, all, some, user, index.Definition.IndexLatest, cancellationToken);

            var facets = visible.GroupBy(c => c.ContentType)
                .Select(g => new SearchFacet(g.Key, types.GetValueOrDefault(g.Key, g.Key), g.Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
            var filtered = request.ContentType is { Length: > 0 } only ? visible.Where(c => c.ContentType == only).ToList() : visible;
            var pageHits = filtered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var highlighter = request.Highlights && pageHits.Count > 0 ? Highlighter(CrmQueryParser.ForHighlighting(text, index.Analyzer, searcher)) : null;
            var hits = pageHits
                .Select(c => ToHit(searcher, c, types, highlighter, index))
                .ToList();
            return new SearchResult(hits, filtered.Count, facets, page, pageSize, top.TotalHits > MaxCandidates);
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }

    private async Task<List<Candidate>> TrimAsync(List<Candidate> candidates, CandidateValues values, HashSet<string> all, HashSet<string> some, ClaimsPrincipal user, bool latest, CancellationToken cancellationToken)
    {
        var userName = user.Identity?.Name?.Trim().ToLowerInvariant() ?? "";
        bool Owned(Candidate c) => userName.Length > 0 && c.Owner == userName;
        var toCheck = candidates.Where(c => !all.Contains(c.ContentType) && some.Contains(c.ContentType) && !Owned(c))
            .Take(MaxItemChecks).ToDictionary(c => values.IdOf(c.DocId), c => c.DocId, StringComparer.Ordinal);
        var granted = new HashSet<int>();
        if (toCheck.Count > 0)
        {
            foreach (var item in await content.GetManyAsync(toCheck.Keys, latest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
                if (await authorizer.CanAsync(user, View, item)) granted.Add(toCheck[item.ContentItemId]);
        }
        return candidates.Where(c => all.Contains(c.ContentType) || (some.Contains(c.ContentType) && (Owned(c) || granted.Contains(c.DocId)))).ToList();
    }

    private static SearchHit ToHit(IndexSearcher searcher, Candidate candidate, Dictionary<string, string> types, Highlighter? highlighter, LuceneIndex index)
    {
        var document = searcher.Doc(candidate.DocId, highlighter is null ? StoredFields : StoredFieldsWithBody);
        var ticks = document.GetField(IndexFields.Modified)?.GetInt64Value();
        var highlight = highlighter is null ? "" : Highlight(highlighter, index, document.Get(IndexFields.Body) ?? "");
        return new SearchHit(document.Get(IndexFields.Id), candidate.ContentType, types.GetValueOrDefault(candidate.ContentType, candidate.ContentType),
            document.Get(IndexFields.Title) ?? "", highlight, float.IsNaN(candidate.Score) ? 0 : candidate.Score,
            ticks is > 0 ? new DateTime(ticks.Value, DateTimeKind.Utc) : null);
    }

    private static Highlighter Highlighter(Query query) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, IndexFields.Body) { ExpandMultiTermQuery = false })
        {
            TextFragmenter = new SimpleFragmenter(160),
        };

    /// <summary>The best passage of the body with the matches marked, HTML-encoded; empty when the match is elsewhere (a typo in the title).</summary>
    private static string Highlight(Highlighter highlighter, LuceneIndex index, string body)
    {
        try
        {
            return highlighter.GetBestFragment(index.Analyzer, IndexFields.Body, body) ?? "";
        }
        catch (InvalidTokenOffsetsException)
        {
            return "";
        }
    }

    private sealed record Candidate(int DocId, float Score, string ContentType, string Owner);

    /// <summary>Reads a hit's type, owner and id from the doc values of the segment it is in.</summary>
    private sealed class CandidateValues(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
        private readonly Dictionary<int, (SortedDocValues Type, SortedDocValues Owner, BinaryDocValues Id)> _segments = [];

        public Candidate Read(ScoreDoc hit)
        {
            var (leaf, values) = Segment(hit.Doc);
            var local = hit.Doc - leaf.DocBase;
            return new Candidate(hit.Doc, hit.Score, Text(values.Type, local), Text(values.Owner, local));
        }

        public string IdOf(int doc)
        {
            var (leaf, values) = Segment(doc);
            var bytes = new BytesRef();
            values.Id.Get(doc - leaf.DocBase, bytes);
            return bytes.Utf8ToString();
        }

        private (AtomicReaderContext Leaf, (SortedDocValues Type, SortedDocValues Owner, BinaryDocValues Id) Values) Segment(int doc)
        {
            var index = ReaderUtil.SubIndex(doc, _leaves);
            var leaf = _leaves[index];
            if (!_segments.TryGetValue(index, out var values))
            {
                var atomic = leaf.AtomicReader;
                _segments[index] = values = (atomic.GetSortedDocValues(IndexFields.TypeValue) ?? DocValues.EMPTY_SORTED,
                    atomic.GetSortedDocValues(IndexFields.OwnerValue) ?? DocValues.EMPTY_SORTED, atomic.GetBinaryDocValues(IndexFields.IdValue) ?? DocValues.EMPTY_BINARY);
            }
            return (leaf, values);
        }

        private static string Text(SortedDocValues values, int doc)
        {
            var bytes = new BytesRef();
            values.Get(doc, bytes);
            return bytes.Utf8ToString();
        }
    }
}
