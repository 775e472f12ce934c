using System.Text.Json.Nodes;
using OrchardCrm.Data;
using OrchardCrm.Documents;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// Content types and parts, kept as the one "ContentDefinitions" document. Reads cost one query for
/// the document's serial; the parsed definitions are reloaded only when the serial moved, so a change
/// made on another node is seen at the next read. Every definition returned is a copy.
/// </summary>
public sealed class ContentDefinitionManager : IContentDefinitionManager
{
    public const string DocumentName = "ContentDefinitions";

    private readonly DocumentStore _documents;
    private readonly CrmDbContext _db;
    private readonly ContentDefinitionCache _cache;

    /// <summary>
    /// Definitions read or written inside a database transaction that is still open. They are not
    /// shared until committed: a rolled-back recipe must not leave its types in the node's cache.
    /// </summary>
    private ContentDefinitionSnapshot? _uncommitted;

    internal ContentDefinitionManager(DocumentStore documents, CrmDbContext db, ContentDefinitionCache cache)
    {
        _documents = documents;
        _db = db;
        _cache = cache;
    }

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync() =>
        (await SnapshotAsync()).Definitions.Types.Select(t => t.Copy()).ToList();

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync() =>
        (await SnapshotAsync()).Definitions.Parts.Select(p => p.Copy()).ToList();

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name) =>
        (await SnapshotAsync()).Type(name)?.Copy();

    public async Task<ContentPartDefinition?> GetPartDefinitionAsync(string name) =>
        (await SnapshotAsync()).Part(name)?.Copy();

    public async Task<IReadOnlyList<TypeField>> GetFieldsAsync(string contentType) =>
        (await SnapshotAsync()).FieldsOf(contentType).Select(f => f with { Field = f.Field.Copy() }).ToList();

    public Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter)
    {
        RequireName(name, "type");
        return ChangeAsync(definitions =>
        {
            var type = definitions.Type(name);
            if (type is null)
            {
                type = new ContentTypeDefinition { Name = name, DisplayName = name };
                definitions.Types.Add(type);
            }
            alter(new ContentTypeDefinitionBuilder(type));
            if (string.IsNullOrWhiteSpace(type.DisplayName)) type.DisplayName = name;
        });
    }

    public Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter)
    {
        RequireName(name, "part");
        return ChangeAsync(definitions =>
        {
            var part = definitions.Part(name);
            if (part is null)
            {
                part = new ContentPartDefinition { Name = name };
                definitions.Parts.Add(part);
            }
            alter(new ContentPartDefinitionBuilder(part));
        });
    }

    /// <summary>Removes the type; its parts stay (another type may use them, and their data is not lost).</summary>
    public Task DeleteTypeDefinitionAsync(string name) =>
        ChangeAsync(definitions => definitions.Types.RemoveAll(t => t.Name == name));

    /// <summary>Removes the part and detaches it from every type that used it.</summary>
    public Task DeletePartDefinitionAsync(string name) =>
        ChangeAsync(definitions =>
        {
            definitions.Parts.RemoveAll(p => p.Name == name);
            foreach (var type in definitions.Types) type.Parts.RemoveAll(p => p.PartName == name);
        });

    /// <summary>
    /// Applies a change to a working copy of the current definitions and saves it, unless it changed
    /// nothing: an identical document is not saved, so its serial (and every node's cache) stays put.
    /// Nothing is saved when <paramref name="change"/> throws.
    /// </summary>
    /// <returns>Whether the definitions changed.</returns>
    public async Task<bool> ChangeAsync(Action<ContentDefinitionSet> change)
    {
        var current = await SnapshotAsync();
        var working = current.Definitions.Copy();
        change(working);
        var json = ContentDefinitionJson.Write(working);
        if (JsonNode.DeepEquals(json, current.Json)) return false;

        var serial = await _documents.SaveAsync(DocumentName, json);
        Remember(new ContentDefinitionSnapshot(serial, json));
        return true;
    }

    private async Task<ContentDefinitionSnapshot> SnapshotAsync()
    {
        // Checked once per scope (a request), as long as the scope stays in the same transaction: a save
        // reads definitions several times, and each check is a query. Another node's change is seen by
        // the next request, not in the middle of one.
        var transaction = _db.Database.CurrentTransaction;
        if (_checked is not null && ReferenceEquals(transaction, _checkedIn)) return _checked;
        var snapshot = await LoadSnapshotAsync();
        _checked = snapshot;
        _checkedIn = transaction;
        return snapshot;
    }

    private ContentDefinitionSnapshot? _checked;
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _checkedIn;

    private async Task<ContentDefinitionSnapshot> LoadSnapshotAsync()
    {
        var inTransaction = _db.Database.CurrentTransaction is not null;
        if (!inTransaction) _uncommitted = null;

        var serial = await _documents.GetSerialAsync(DocumentName);
        if (_uncommitted?.Serial == serial) return _uncommitted;
        var shared = _cache.Current;
        if (shared.Serial == serial) return shared;

        var (document, loadedSerial) = await _documents.LoadAsync<JsonObject>(DocumentName);
        var snapshot = new ContentDefinitionSnapshot(loadedSerial, ContentDefinitionJson.Write(ContentDefinitionJson.Read(document)));
        Remember(snapshot);
        return snapshot;
    }

    private void Remember(ContentDefinitionSnapshot snapshot)
    {
        _checked = snapshot;
        _checkedIn = _db.Database.CurrentTransaction;
        if (_db.Database.CurrentTransaction is null) _cache.Current = snapshot;
        else _uncommitted = snapshot;
    }

    private static void RequireName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"A content {what} needs a name.", nameof(name));
    }
}
