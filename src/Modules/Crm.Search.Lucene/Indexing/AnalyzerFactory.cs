using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Indexing;

public static class AnalyzerFactory
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The index's analyzer for text, with the keyword fields (id, type, owner) always matched whole and case-insensitively.</summary>
    public static Analyzer Create(string analyzerName)
    {
        Analyzer text = analyzerName switch
        {
            SearchAnalyzers.English => new EnglishAnalyzer(Version),
            SearchAnalyzers.Keyword => LowerCaseKeyword(),
            _ => new StandardAnalyzer(Version),
        };
        var keyword = LowerCaseKeyword();
        return new PerFieldAnalyzerWrapper(text, IndexFields.Keywords.ToDictionary(f => f, _ => keyword));
    }

    private static Analyzer LowerCaseKeyword() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
    });
}
