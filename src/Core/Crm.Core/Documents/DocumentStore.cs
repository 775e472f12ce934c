using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Documents;

/// <summary>
/// Named JSON documents in the Documents table (site settings, content definitions). Each save moves
/// the document's serial; a save based on an older serial fails (another node changed it meanwhile).
/// Callers cache on the serial: <see cref="GetSerialAsync"/> is one small query.
/// </summary>
public sealed class DocumentStore(CrmDbContext db)
{
    public async Task<(T? Document, long Serial)> LoadAsync<T>(string name, CancellationToken cancellationToken = default) where T : class
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (record is null) return (null, 0);
        return (JsonSerializer.Deserialize<T>(record.Content, ContentJson.Options), record.Serial);
    }

    public async Task<long> GetSerialAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => (long?)d.Serial).FirstOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>Saves the document; returns its new serial. Joins the caller's transaction if one is open.</summary>
    public async Task<long> SaveAsync<T>(string name, T document, CancellationToken cancellationToken = default) where T : class
    {
        var json = JsonSerializer.Serialize(document, ContentJson.Options);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (record is null)
        {
            record = new DocumentRecord { Name = name, Content = json, Serial = 1 };
            db.Documents.Add(record);
        }
        else
        {
            record.Content = json;
            record.Serial++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return record.Serial;
    }
}
