using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Services;

/// <summary>The index definitions in the database, shared by the nodes. Rebuild and reset are requests every node honours.</summary>
public sealed class SearchIndexDefinitionStore(IRecordStore store, IClock clock)
{
    public const string DefaultIndex = "crm";

    /// <summary>The default index's types: the CRM's own, and later modules' types once they exist.</summary>
    public static readonly IReadOnlyList<string> DefaultTypes = ["Account", "Contact", "Deal", "Activity", "Proposal", "Document", "Article"];

    public async Task<IReadOnlyList<SearchIndexRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        await store.ListAsync(store.Query<SearchIndexRecord>().OrderBy(r => r.Name), cancellationToken);

    public Task<SearchIndexRecord?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        store.FirstOrDefaultAsync(store.Query<SearchIndexRecord>().Where(r => r.Name == name), cancellationToken);

    /// <summary>
    /// Creates or changes an index after checking it; returns the problems by field (nothing is saved then).
    /// A change of what is indexed moves the generation, so every node rebuilds its copy; saving the same definition changes nothing.
    /// </summary>
    public async Task<Dictionary<string, string>> SaveAsync(SearchIndexInput input, bool mustBeNew, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        if (errors.Count > 0) return errors;
        var existing = await FindAsync(input.Name!, cancellationToken);
        if (existing is not null && mustBeNew)
            return new() { [nameof(SearchIndexInput.Name)] = $"An index named '{input.Name}' exists already." };

        var types = string.Join(",", input.ContentTypes.Distinct(StringComparer.Ordinal));
        var fields = string.Join(",", input.Fields.Distinct(StringComparer.OrdinalIgnoreCase));
        if (existing is null)
        {
            await store.AddAsync(new SearchIndexRecord
            {
                Name = input.Name!, ContentTypes = types, Analyzer = input.Analyzer!, Fields = fields,
                IndexLatest = input.IndexLatest, Generation = 1, ModifiedUtc = clock.UtcNow,
            }, cancellationToken);
            return errors;
        }
        if (existing.ContentTypes == types && existing.Analyzer == input.Analyzer && existing.Fields == fields && existing.IndexLatest == input.IndexLatest)
            return errors;
        existing.ContentTypes = types;
        existing.Analyzer = input.Analyzer!;
        existing.Fields = fields;
        existing.IndexLatest = input.IndexLatest;
        existing.Generation++;
        existing.ModifiedUtc = clock.UtcNow;
        await store.UpdateAsync(existing, cancellationToken);
        return errors;
    }

    /// <summary>Asks every node to rebuild its copy from the content store. False when there is no such index.</summary>
    public Task<bool> RequestRebuildAsync(string name, CancellationToken cancellationToken = default) =>
        BumpAsync(name, r => r.Generation++, cancellationToken);

    /// <summary>Asks every node to replay the indexing queue from the start, keeping the documents it has.</summary>
    public Task<bool> RequestResetAsync(string name, CancellationToken cancellationToken = default) =>
        BumpAsync(name, r => r.ResetGeneration++, cancellationToken);

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        await store.DeleteWhereAsync<SearchIndexRecord>(r => r.Name == name, cancellationToken) > 0;

    private async Task<bool> BumpAsync(string name, Action<SearchIndexRecord> bump, CancellationToken cancellationToken)
    {
        var record = await FindAsync(name, cancellationToken);
        if (record is null) return false;
        bump(record);
        record.ModifiedUtc = clock.UtcNow;
        await store.UpdateAsync(record, cancellationToken);
        return true;
    }
}
