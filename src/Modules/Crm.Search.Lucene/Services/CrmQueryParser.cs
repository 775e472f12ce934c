using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using OrchardCrm.Search.Lucene.Indexing;

namespace OrchardCrm.Search.Lucene.Services;

/// <summary>
/// Lucene's classic syntax (words, "phrases", prefix*, field:value, AND/OR/NOT, term~) over titles
/// (weighted) and bodies, every word required unless OR says otherwise. A plain word of four letters or
/// more also matches titles a typo or two away, so "acme corpration" still finds "Acme Corporation".
/// </summary>
public sealed partial class CrmQueryParser : MultiFieldQueryParser
{
    private readonly Analyzer _analyzer;

    public CrmQueryParser(Analyzer analyzer)
        : base(AnalyzerFactory.Version, [IndexFields.Title, IndexFields.Body, IndexFields.Pieces], analyzer,
            new Dictionary<string, float> { [IndexFields.Title] = 3f, [IndexFields.Body] = 1f, [IndexFields.Pieces] = 0.5f })
    {
        _analyzer = analyzer;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
    }

    /// <summary>
    /// The query for highlighting: prefix and wildcard parts limited to their most frequent terms and
    /// rewritten against the index once, so quoting each hit's passage needs no per-hit expansion.
    /// </summary>
    public static Query ForHighlighting(string text, Analyzer analyzer, IndexSearcher searcher)
    {
        var parser = new CrmQueryParser(analyzer) { MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(64) };
        return searcher.Rewrite(parser.Parse(text));
    }

    /// <exception cref="OrchardCrm.Search.SearchQueryException">The text does not parse; the message says where and why, in words.</exception>
    public static Query ParseOrExplain(string text, Analyzer analyzer)
    {
        try
        {
            return new CrmQueryParser(analyzer).Parse(text);
        }
        catch (ParseException ex)
        {
            throw new OrchardCrm.Search.SearchQueryException(Explain(ex.Message), ex);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new OrchardCrm.Search.SearchQueryException("The search matches too many different words; make the wildcard or fuzzy parts more specific.", ex);
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var query = base.GetFieldQuery(field, queryText, quoted);
        if (field is not null || quoted || query is null) return query!;
        var terms = Terms(IndexFields.Title, queryText);
        if (terms.Count != 1 || terms[0].Length < 4) return query;
        var fuzzy = new FuzzyQuery(new Term(IndexFields.Title, terms[0]), terms[0].Length >= 8 ? 2 : 1) { Boost = 0.5f };
        return new BooleanQuery { { query, Occur.SHOULD }, { fuzzy, Occur.SHOULD } };
    }

    private List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static string Explain(string message)
    {
        const string hint = "Check quotes, brackets and AND/OR/NOT, or put unusual characters in quotes.";
        if (message.Contains("not allowed as first character", StringComparison.OrdinalIgnoreCase))
            return "A word cannot start with * or ?: put at least one letter before the wildcard.";
        var encountered = Encountered().Match(message);
        if (encountered.Success)
        {
            var what = encountered.Groups["token"].Value;
            var column = encountered.Groups["column"].Value;
            return what == "<EOF>"
                ? $"The search ends too early (after column {column}): something is missing at the end. {hint}"
                : $"The search could not be understood at column {column} ({what}). {hint}";
        }
        if (message.Contains("Lexical error", StringComparison.OrdinalIgnoreCase))
            return $"The search has an unfinished quote or an unexpected character. {hint}";
        return $"The search could not be understood. {hint}";
    }

    [GeneratedRegex("Encountered \"?(?<token>.*?)\"? at line \\d+, column (?<column>\\d+)", RegexOptions.Singleline)]
    private static partial Regex Encountered();
}
