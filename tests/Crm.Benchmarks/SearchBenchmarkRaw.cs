using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// The baseline: plain Lucene.Net on the same companies' texts, without the content store, definitions,
/// field kinds or permission trimming. Documents carry the same fields (id, title, body, one per field).
/// </summary>
internal sealed class SearchBenchmarkRaw : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly FSDirectory _directory;
    private DirectoryReader? _reader;

    public SearchBenchmarkRaw(string path) => _directory = FSDirectory.Open(new DirectoryInfo(path));

    public void Index(IReadOnlyList<CompanyData> companies)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 });
        foreach (var company in companies)
        {
            var fields = new (string Name, string Text)[]
            {
                ("code", company.Code), ("city", company.City), ("contact", company.Contact), ("email", company.Email),
                ("industry", company.Industry), ("tags", string.Join(", ", company.Tags)),
            };
            var document = new Document
            {
                new StringField("id", $"company-{company.Index}", Field.Store.YES),
                new TextField("title", company.Name, Field.Store.YES),
                new TextField("body", company.Name + " " + string.Join(" ", fields.Select(f => f.Text)), Field.Store.YES),
            };
            foreach (var (name, text) in fields) document.Add(new TextField(name, text, Field.Store.NO));
            writer.AddDocument(document);
        }
        writer.Commit();
        _reader = DirectoryReader.Open(_directory);
    }

    /// <summary>Parses and runs the query and reads the first page's ids and titles, as a results page needs.</summary>
    public int Search(string text, int pageSize)
    {
        var searcher = new IndexSearcher(_reader);
        var parser = new MultiFieldQueryParser(Version, ["title", "body"], _analyzer) { DefaultOperator = Operator.AND };
        var top = searcher.Search(parser.Parse(text), pageSize);
        foreach (var hit in top.ScoreDocs) _ = searcher.Doc(hit.Doc).Get("title");
        return top.TotalHits;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
