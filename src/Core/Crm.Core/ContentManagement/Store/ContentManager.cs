using Microsoft.EntityFrameworkCore;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement.AuditTrail;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>
/// The content manager on EF Core. Each write runs in one transaction (the caller's when one is open):
/// the version rows, their index rows and the audit event go in together or not at all. Versions:
/// editing a published item of a draftable type writes a new draft row; publishing it unpublishes the
/// previous published row. Concurrency is optimistic on each row's stamp.
/// </summary>
internal sealed class ContentManager(
    CrmDbContext db,
    IContentDefinitionManager definitions,
    FieldBinder binder,
    ContentValidator validator,
    ContentIndexWriter indexes,
    ContentAuditTrail auditTrail,
    IEnabled<IContentHandler> handlers,
    IEnabled<IContentWriteHandler> writeHandlers,
    ICurrentUser currentUser,
    IClock clock) : IContentManager
{
    /// <summary>Ids this manager generated: no stored item can hold them, so creating them needs no existence check.</summary>
    private readonly HashSet<string> _freshIds = new(StringComparer.Ordinal);

    public async Task<ContentItem> NewAsync(string contentType)
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentItemVersionId = IdGenerator.NewId(), ContentType = contentType };
        _freshIds.Add(item.ContentItemId);
        await validator.ApplyDefaultsAsync(item);
        await InvokeAsync(h => h.ActivatingAsync(new ContentContext(item)));
        return item;
    }

    public Task<ContentValidationResult> CreateAsync(ContentItem item, bool publish = true, CancellationToken cancellationToken = default) =>
        CreateAsync(item, publish, comment: null, cancellationToken);

    private async Task<ContentValidationResult> CreateAsync(ContentItem item, bool publish, string? comment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.ContentItemId)) _freshIds.Add(item.ContentItemId = IdGenerator.NewId());
        if (string.IsNullOrEmpty(item.ContentItemVersionId)) item.ContentItemVersionId = IdGenerator.NewId();
        if (!_freshIds.Contains(item.ContentItemId) && await db.ContentItems.AnyAsync(r => r.ContentItemId == item.ContentItemId, cancellationToken))
            throw new InvalidOperationException($"{item} exists already; update it instead.");

        var now = clock.UtcNow;
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Owner ??= currentUser.UserName;
        item.Author = currentUser.UserName;

        var fields = await binder.BindAsync(item.ContentType);
        var validation = await validator.ValidateAsync(item, previous: null, fields);
        if (!validation.Succeeded) return validation;
        var context = new ContentContext(item);
        await InvokeAsync(h => h.CreatingAsync(context));
        if (publish) await InvokeAsync(h => h.PublishingAsync(context));
        if (!context.Validation.Succeeded) return context.Validation;

        await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
        {
            var record = new ContentItemRecord
            {
                ContentItemId = item.ContentItemId,
                ContentItemVersionId = item.ContentItemVersionId,
                Latest = true,
                Published = publish,
                PublishedUtc = publish ? now : null,
                RowVersion = 1,
            };
            ContentItemMapper.CopyContent(item, record);
            await SaveAsync(record, added: true, item, cancellationToken);
            ContentItemMapper.CopyState(record, item);
            await indexes.InsertAsync(item, cancellationToken, fields);
            await auditTrail.RecordAsync("Created", item, null, compareFields: true, comment ?? (publish ? "Published" : "Draft"), cancellationToken, fields);
            await WrittenAsync(ContentOperations.Created, item, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        _freshIds.Remove(item.ContentItemId);

        await InvokeAsync(h => h.CreatedAsync(context));
        if (publish) await InvokeAsync(h => h.PublishedAsync(context));
        return ContentValidationResult.Success;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var record = options == VersionOptions.Published
            ? await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, cancellationToken)
            : await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest, cancellationToken);
        return record is null ? null : ContentItemMapper.ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ContentItemMapper.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var query = db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.ContentItemId));
        query = options == VersionOptions.Published ? query.Where(r => r.Published) : query.Where(r => r.Latest);
        var byId = (await query.ToListAsync(cancellationToken)).ToDictionary(r => r.ContentItemId);
        return ids.Where(byId.ContainsKey).Select(id => ContentItemMapper.ToItem(byId[id])).ToList();
    }

    public async Task<ContentValidationResult> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var current = await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"{item} does not exist or was removed.");
        try
        {
            if (current.ContentItemVersionId != item.ContentItemVersionId || current.RowVersion != item.RowVersion)
                throw Conflict(current);

            var previous = ContentItemMapper.ToItem(current);
            item.ModifiedUtc = clock.UtcNow;
            item.Author = currentUser.UserName;
            item.CreatedUtc = previous.CreatedUtc;

            var fields = await binder.BindAsync(item.ContentType);
            var validation = await validator.ValidateAsync(item, previous, fields);
            if (!validation.Succeeded) return validation;
            var context = new ContentContext(item) { Previous = previous };
            await InvokeAsync(h => h.UpdatingAsync(context));
            if (!context.Validation.Succeeded) return context.Validation;

            var settings = (await definitions.GetTypeDefinitionAsync(item.ContentType))?.TypeSettings ?? new ContentTypeSettings();
            await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
            {
                if (current.Published && (settings.Draftable || settings.Versionable))
                    await WriteNewVersionAsync(item, current, previous, publish: !settings.Draftable, fields, cancellationToken);
                else
                    await WriteInPlaceAsync(item, current, previous, fields, cancellationToken);
                await auditTrail.RecordAsync("Updated", item, previous, compareFields: true, comment: null, cancellationToken, fields);
                await WrittenAsync(ContentOperations.Updated, item, previous, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            await InvokeAsync(h => h.UpdatedAsync(context));
            return ContentValidationResult.Success;
        }
        finally
        {
            Forget(current);
        }
    }

    /// <summary>
    /// A published item gets a new version row: a draft beside the live version (draftable types), or a
    /// new published version that retires the old one (versionable types that are not draftable).
    /// </summary>
    private async Task WriteNewVersionAsync(ContentItem item, ContentItemRecord current, ContentItem previous, bool publish, IReadOnlyList<FieldBinding> fields, CancellationToken cancellationToken)
    {
        current.Latest = false;
        if (publish) current.Published = false;
        current.RowVersion++;
        await SaveAsync(current, added: false, item, cancellationToken);
        previous.Latest = current.Latest;
        previous.Published = current.Published;
        await indexes.SyncFlagsAsync(previous, hadRows: true, cancellationToken);

        item.ContentItemVersionId = IdGenerator.NewId();
        var record = new ContentItemRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            Latest = true,
            Published = publish,
            PublishedUtc = publish ? item.ModifiedUtc : null,
            RowVersion = 1,
        };
        ContentItemMapper.CopyContent(item, record);
        await SaveAsync(record, added: true, item, cancellationToken);
        ContentItemMapper.CopyState(record, item);
        await indexes.InsertAsync(item, cancellationToken, fields);
    }

    private async Task WriteInPlaceAsync(ContentItem item, ContentItemRecord current, ContentItem previous, IReadOnlyList<FieldBinding> fields, CancellationToken cancellationToken)
    {
        ContentItemMapper.CopyContent(item, current);
        current.RowVersion++;
        await SaveAsync(current, added: false, item, cancellationToken);
        ContentItemMapper.CopyState(current, item);
        await indexes.RewriteAsync(item, previous, cancellationToken, fields);
    }

    public async Task<ContentValidationResult> PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId && (r.Latest || r.Published)).ToListAsync(cancellationToken);
        try
        {
            var latest = versions.FirstOrDefault(r => r.Latest) ?? throw new InvalidOperationException($"{item} does not exist or was removed.");
            if (latest.Published) return ContentValidationResult.Success;
            var published = versions.FirstOrDefault(r => r.Published && r.Id != latest.Id);

            var latestItem = ContentItemMapper.ToItem(latest);
            var context = new ContentContext(latestItem) { Previous = published is null ? null : ContentItemMapper.ToItem(published) };
            await InvokeAsync(h => h.PublishingAsync(context));
            if (!context.Validation.Succeeded) return context.Validation;

            await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
            {
                if (published is not null)
                {
                    published.Published = false;
                    published.RowVersion++;
                    await SaveAsync(published, added: false, item, cancellationToken);
                    await indexes.DeleteAsync(published.Id, cancellationToken);
                }
                latest.Published = true;
                latest.PublishedUtc = clock.UtcNow;
                latest.RowVersion++;
                await SaveAsync(latest, added: false, item, cancellationToken);
                ContentItemMapper.CopyState(latest, latestItem);
                await indexes.UpdateFlagsAsync(latestItem, cancellationToken);
                await auditTrail.RecordAsync("Published", latestItem, context.Previous, compareFields: false, comment: null, cancellationToken);
                await WrittenAsync(ContentOperations.Published, latestItem, context.Previous, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (item.ContentItemVersionId == latest.ContentItemVersionId) ContentItemMapper.CopyState(latest, item);
            await InvokeAsync(h => h.PublishedAsync(context));
            return ContentValidationResult.Success;
        }
        finally
        {
            Forget(versions);
        }
    }

    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var published = await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Published, cancellationToken);
        if (published is null) return;
        try
        {
            var publishedItem = ContentItemMapper.ToItem(published);
            var context = new ContentContext(publishedItem);
            await InvokeAsync(h => h.UnpublishingAsync(context));
            await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
            {
                published.Published = false;
                published.RowVersion++;
                await SaveAsync(published, added: false, item, cancellationToken);
                ContentItemMapper.CopyState(published, publishedItem);
                await indexes.SyncFlagsAsync(publishedItem, hadRows: true, cancellationToken);
                await auditTrail.RecordAsync("Unpublished", publishedItem, null, compareFields: false, comment: null, cancellationToken);
                await WrittenAsync(ContentOperations.Unpublished, publishedItem, null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (item.ContentItemVersionId == published.ContentItemVersionId) ContentItemMapper.CopyState(published, item);
            await InvokeAsync(h => h.UnpublishedAsync(context));
        }
        finally
        {
            Forget(published);
        }
    }

    public async Task DiscardDraftAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId && (r.Latest || r.Published)).ToListAsync(cancellationToken);
        try
        {
            var latest = versions.FirstOrDefault(r => r.Latest);
            if (latest is null || latest.Published) return;
            var published = versions.FirstOrDefault(r => r.Published)
                ?? throw new InvalidOperationException($"{item} has never been published: there is no version to go back to; remove it instead.");

            await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
            {
                // The discarded draft stays as a past version, so the history still shows it.
                latest.Latest = false;
                latest.RowVersion++;
                await SaveAsync(latest, added: false, item, cancellationToken);
                await indexes.DeleteAsync(latest.Id, cancellationToken);
                published.Latest = true;
                published.RowVersion++;
                await SaveAsync(published, added: false, item, cancellationToken);
                var publishedItem = ContentItemMapper.ToItem(published);
                await indexes.UpdateFlagsAsync(publishedItem, cancellationToken);
                var discarded = ContentItemMapper.ToItem(latest);
                await auditTrail.RecordAsync("DraftDiscarded", publishedItem, discarded, compareFields: true, comment: null, cancellationToken);
                await WrittenAsync(ContentOperations.DraftDiscarded, publishedItem, discarded, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            Forget(versions);
        }
    }

    public async Task<ContentItem> CloneAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var clone = item.Copy();
        clone.Id = 0;
        clone.ContentItemId = IdGenerator.NewId();
        clone.ContentItemVersionId = IdGenerator.NewId();
        clone.CreatedUtc = null;
        clone.PublishedUtc = null;
        clone.Owner = currentUser.UserName;
        clone.RowVersion = 0;
        var result = await CreateAsync(clone, publish: false, comment: $"Cloned from {item.ContentItemId}", cancellationToken);
        if (!result.Succeeded) throw new InvalidOperationException($"The copy of {item} is not valid: {result}");
        return clone;
    }

    public async Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId && !r.Removed).ToListAsync(cancellationToken);
        if (versions.Count == 0) return;
        try
        {
            var context = new ContentContext(item);
            await InvokeAsync(h => h.RemovingAsync(context));
            await using (var transaction = await ContentTransaction.BeginAsync(db, cancellationToken))
            {
                foreach (var version in versions)
                {
                    if (version.Latest || version.Published) await indexes.DeleteAsync(version.Id, cancellationToken);
                    version.Latest = false;
                    version.Published = false;
                    version.Removed = true;
                    version.RowVersion++;
                }
                await SaveAsync(versions, item, cancellationToken);
                await auditTrail.RecordAsync("Removed", item, null, compareFields: false, comment: null, cancellationToken);
                await WrittenAsync(ContentOperations.Removed, item, null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            item.Latest = false;
            item.Published = false;
            await InvokeAsync(h => h.RemovedAsync(context));
        }
        finally
        {
            Forget(versions);
        }
    }

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    public Task<ContentValidationResult> ValidateAsync(ContentItem item) => validator.ValidateAsync(item);

    private async Task SaveAsync(ContentItemRecord record, bool added, ContentItem item, CancellationToken cancellationToken)
    {
        if (added) db.ContentItems.Add(record);
        try
        {
            await SaveAsync([record], item, cancellationToken);
        }
        finally
        {
            if (added) Forget(record);
        }
    }

    /// <summary>Saves, turning a stale stamp (another writer got there first) into a conflict that names the item.</summary>
    private async Task SaveAsync(IReadOnlyList<ContentItemRecord> records, ContentItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentConflictException(item.ContentItemId, item.ContentType, item.DisplayText);
        }
    }

    private static ContentConflictException Conflict(ContentItemRecord current) =>
        new(current.ContentItemId, current.ContentType, current.DisplayText);

    private void Forget(ContentItemRecord? record)
    {
        if (record is not null) db.Entry(record).State = EntityState.Detached;
    }

    private void Forget(IEnumerable<ContentItemRecord> records)
    {
        foreach (var record in records) Forget(record);
    }

    /// <summary>The in-transaction handlers: their writes commit or roll back with the item's.</summary>
    private async Task WrittenAsync(string operation, ContentItem item, ContentItem? previous, CancellationToken cancellationToken)
    {
        var context = new ContentWrittenContext(operation, item, previous);
        foreach (var handler in writeHandlers) await handler.WrittenAsync(context, cancellationToken);
    }

    private async Task InvokeAsync(Func<IContentHandler, Task> call)
    {
        foreach (var handler in handlers) await call(handler);
    }
}
