namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>The Lucene field names every document has. Content fields are indexed under their lower-cased name (name:, email:).</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Owner = "owner";
    public const string Title = "title";
    public const string Body = "body";
    public const string Modified = "modified";

    /// <summary>Doc values of the id, type and owner: read for every candidate hit without touching stored fields.</summary>
    public const string IdValue = "id_dv";
    public const string TypeValue = "type_dv";
    public const string OwnerValue = "owner_dv";

    /// <summary>Values with punctuation (e-mail addresses, domains, URLs) split into words: "acme" finds ada@acme.com.</summary>
    public const string Pieces = "pieces";

    /// <summary>Fields matched whole (lower-cased), not split into words.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string> { Type, Owner };

    private static readonly HashSet<string> Reserved = [Id, Type, Owner, Title, Body, Modified, Pieces];

    /// <summary>The Lucene name of a content field: its name in lower case, prefixed when it would clash with the fields above.</summary>
    public static string ForContentField(string fieldName)
    {
        var name = fieldName.ToLowerInvariant();
        return Reserved.Contains(name) ? "field." + name : name;
    }
}
