using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCrm.AuditTrail;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.ContentManagement.AuditTrail;

/// <summary>Writes one audit event per content write (inside the write's transaction) and reads an item's trail.</summary>
internal sealed class ContentAuditTrail(CrmDbContext db, FieldChangeDetector detector, ICurrentUser currentUser, IClock clock) : IAuditTrail
{
    /// <param name="before">The version the write started from (null for a creation).</param>
    /// <param name="compareFields">False for events that change no field (publish, unpublish, remove).</param>
    public async Task RecordAsync(string eventName, ContentItem item, ContentItem? before, bool compareFields, string? comment, CancellationToken cancellationToken, IReadOnlyList<Store.FieldBinding>? fields = null)
    {
        var changes = compareFields ? await detector.DetectAsync(before, item, fields) : [];
        var record = new AuditTrailEventRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            EventName = eventName,
            UserName = currentUser.UserName,
            CreatedUtc = clock.UtcNow,
            Changes = JsonSerializer.Serialize(changes, ContentJson.Options),
            Comment = comment,
        };
        db.AuditTrailEvents.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<IReadOnlyList<AuditTrailEntry>> ListForItemAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.AuditTrailEvents.AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId)
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        return records.Select(ToEntry).ToList();
    }

    public async Task<IReadOnlyList<AuditTrailEntry>> ListForItemsAsync(IReadOnlyCollection<string> contentItemIds, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        if (take < 1) throw new ArgumentOutOfRangeException(nameof(take), take, "take must be 1 or more.");
        if (contentItemIds.Count == 0) return [];
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        var records = await db.AuditTrailEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ContentItemId))
            .OrderByDescending(e => e.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return records.Select(ToEntry).ToList();
    }

    private static AuditTrailEntry ToEntry(AuditTrailEventRecord r) => new(
        r.Id, r.ContentItemId, r.ContentItemVersionId, r.ContentType, r.EventName, r.UserName,
        DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc),
        JsonSerializer.Deserialize<List<FieldChange>>(r.Changes, ContentJson.Options) ?? [],
        r.Comment);
}
