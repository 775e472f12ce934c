using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>
/// Keeps the index rows of one stored version in step with it: the content-item index, the typed field
/// indexes and the enabled modules' map indexes. Only versions that are latest or published have rows.
/// It touches nothing but that version's rows, inside the caller's transaction.
/// </summary>
internal sealed class ContentIndexWriter(
    CrmDbContext db,
    FieldBinder binder,
    IEnabled<IIndexProvider> indexProviders)
{
    /// <summary>Writes every index row of a version stored for the first time.</summary>
    public async Task InsertAsync(ContentItem item, CancellationToken cancellationToken, IReadOnlyList<FieldBinding>? fields = null)
    {
        var added = new List<object>();
        await AddRowsAsync(item, fields ?? await binder.BindAsync(item.ContentType), added);
        await SaveAndForgetAsync(added, cancellationToken);
    }

    /// <summary>
    /// Rewrites the index rows of a version whose content changed. Map index rows are a function of the
    /// content, so mapping the version as it was tells which map index tables hold its rows: only those
    /// are cleared (a deal's save touches the deal index, not the other modules' tables).
    /// </summary>
    public async Task RewriteAsync(ContentItem item, ContentItem previous, CancellationToken cancellationToken, IReadOnlyList<FieldBinding>? fields = null)
    {
        fields ??= await binder.BindAsync(item.ContentType);
        var previousRows = new List<object>();
        await AddRowsAsync(previous, fields, previousRows);
        await DeleteAsync(item.Id, previousRows.Select(r => r.GetType()).ToHashSet(), cancellationToken);
        await InsertAsync(item, cancellationToken, fields);
    }

    /// <summary>Updates only the latest/published flags of a version whose content did not change.</summary>
    public Task UpdateFlagsAsync(ContentItem item, CancellationToken cancellationToken) =>
        db.ContentItemIndex.Where(i => i.DocumentId == item.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Latest, item.Latest)
            .SetProperty(i => i.Published, item.Published)
            .SetProperty(i => i.PublishedUtc, item.PublishedUtc), cancellationToken);

    /// <summary>Brings a version's rows in line with its flags after a publish, unpublish or discard.</summary>
    public async Task SyncFlagsAsync(ContentItem item, bool hadRows, CancellationToken cancellationToken)
    {
        var live = item.Latest || item.Published;
        if (live && hadRows) await UpdateFlagsAsync(item, cancellationToken);
        else if (live) await InsertAsync(item, cancellationToken);
        else if (hadRows) await DeleteAsync(item.Id, cancellationToken);
    }

    /// <summary>Removes every index row of a version.</summary>
    public Task DeleteAsync(long documentId, CancellationToken cancellationToken) => DeleteAsync(documentId, only: null, cancellationToken);

    /// <param name="only">The map index types the version has rows in (null: every enabled one).</param>
    private async Task DeleteAsync(long documentId, IReadOnlySet<Type>? only, CancellationToken cancellationToken)
    {
        await db.ContentItemIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        // The field tables are always cleared: a field removed from the type since the last save would
        // not show in the mapping, yet its rows are there.
        await db.TextFieldIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.NumericFieldIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.DateFieldIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.BooleanFieldIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.ReferenceFieldIndex.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        // Map index tables exist only for features that were enabled (their migrations made them), hence enabled providers only.
        foreach (var indexType in indexProviders.Select(p => p.IndexType).Distinct().Where(t => only is null || only.Contains(t)))
        {
            var table = db.Model.FindEntityType(indexType)?.GetTableName() ?? indexType.Name;
            // The table name comes from the EF model, never from input; the id is a parameter.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\" WHERE \"DocumentId\" = {{0}}", [documentId], cancellationToken);
#pragma warning restore EF1002
        }
    }

    private Task AddRowsAsync(ContentItem item, IReadOnlyList<FieldBinding> fields, List<object> added)
    {
        added.Add(new ContentItemIndex
        {
            DocumentId = item.Id,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = Cut(item.DisplayText ?? "", 1024),
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedUtc = item.PublishedUtc,
        });

        foreach (var field in fields)
        {
            var json = item.GetField(field.PartName, field.Definition.Name);
            if (json is null) continue;
            foreach (var entry in field.Kind.Index(json, field.Settings))
                added.Add(ToRecord(item, field.PartName, field.Definition.Name, entry));
        }

        foreach (var provider in indexProviders)
        {
            foreach (var row in provider.Map(item))
            {
                row.DocumentId = item.Id;
                row.ContentItemId = item.ContentItemId;
                added.Add(row);
            }
        }
        return Task.CompletedTask;
    }

    private static FieldIndexRecord ToRecord(ContentItem item, string partName, string fieldName, FieldIndexEntry entry)
    {
        FieldIndexRecord record = entry.Kind switch
        {
            FieldIndexKind.Text => TextRecord(Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            FieldIndexKind.Numeric => new NumericFieldIndexRecord { Value = Convert.ToDouble(entry.Value, System.Globalization.CultureInfo.InvariantCulture) },
            FieldIndexKind.Date => new DateFieldIndexRecord { Value = FieldIndexValues.ToUtc(entry.Value) },
            FieldIndexKind.Boolean => new BooleanFieldIndexRecord { Value = Convert.ToBoolean(entry.Value, System.Globalization.CultureInfo.InvariantCulture) },
            FieldIndexKind.Reference => new ReferenceFieldIndexRecord { ReferencedId = Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" },
            _ => throw new InvalidOperationException($"Unknown index kind {entry.Kind}."),
        };
        record.DocumentId = item.Id;
        record.ContentItemId = item.ContentItemId;
        record.ContentType = item.ContentType;
        record.PartName = partName;
        record.FieldName = fieldName;
        record.SubField = entry.SubField ?? "";
        return record;
    }

    private static TextFieldIndexRecord TextRecord(string text)
    {
        var cut = Cut(text, TextFieldIndexRecord.MaxLength);
        return new TextFieldIndexRecord { Text = cut, NormalizedText = FieldIndexValues.NormalizeText(cut) };
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>Saves the rows, then stops tracking them: a long import must not grow the change tracker.</summary>
    private async Task SaveAndForgetAsync(List<object> rows, CancellationToken cancellationToken)
    {
        db.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
        }
    }
}
