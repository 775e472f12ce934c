using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using OrchardCrm.ContentManagement;
using TextField = Lucene.Net.Documents.TextField;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// Turns a content item into a Lucene document from its type's definition, so fields added at run time
/// are indexed like those of typed parts: each field's display text under the field's name (name:,
/// email:...), and everything together in the body that plain words search and highlights quote.
/// </summary>
public sealed partial class ContentDocumentBuilder(IFieldKindRegistry fieldKinds)
{
    // References hold ids, not words a person would search for.
    private static readonly HashSet<string> Skipped = [FieldKinds.ContentPicker, FieldKinds.UserPicker];

    public Document Build(ContentItem item, IReadOnlyList<TypeField> fields, SearchIndexDefinition index)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(IndexFields.Type, item.ContentType.ToLowerInvariant(), Field.Store.NO),
            new StoredField("contentType", item.ContentType),
            new StringField(IndexFields.Owner, (item.Owner ?? "").Trim().ToLowerInvariant(), Field.Store.YES),
            new TextField(IndexFields.Title, item.DisplayText ?? "", Field.Store.YES),
        };
        document.Add(new BinaryDocValuesField(IndexFields.IdValue, new BytesRef(item.ContentItemId)));
        document.Add(new SortedDocValuesField(IndexFields.TypeValue, new BytesRef(item.ContentType)));
        document.Add(new SortedDocValuesField(IndexFields.OwnerValue, new BytesRef((item.Owner ?? "").Trim().ToLowerInvariant())));
        var modified = (item.ModifiedUtc ?? item.CreatedUtc ?? DateTime.MinValue).Ticks;
        document.Add(new NumericDocValuesField(IndexFields.Modified, modified));
        document.Add(new StoredField(IndexFields.Modified, modified));

        var body = new StringBuilder(item.DisplayText);
        var pieces = new StringBuilder();
        foreach (var field in fields)
        {
            if (Skipped.Contains(field.Field.FieldKind) || !index.Includes(field.PartName, field.Field.Name)) continue;
            var text = fieldKinds.Find(field.Field.FieldKind)?.ToDisplayText(item.GetField(field.PartName, field.Field.Name)) ?? "";
            if (text.Length == 0) continue;
            document.Add(new TextField(IndexFields.ForContentField(field.Field.Name), text, Field.Store.NO));
            body.Append(" \n").Append(text);
            var split = Punctuation().Replace(text, " ");
            if (!ReferenceEquals(split, text) && split != text) pieces.Append(' ').Append(split);
        }
        document.Add(new TextField(IndexFields.Body, body.ToString(), Field.Store.YES));
        if (pieces.Length > 0) document.Add(new TextField(IndexFields.Pieces, pieces.ToString(), Field.Store.NO));
        return document;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[@./:_\-+#]+")]
    private static partial System.Text.RegularExpressions.Regex Punctuation();
}
