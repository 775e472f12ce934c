using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>Warns, before an account or a contact is created in the editor, of the likely duplicates already stored.</summary>
public sealed class DuplicateCreationAdvisor(DuplicateFinder finder) : IContentCreationAdvisor
{
    private const int MaxWarnings = 5;

    public async Task<IReadOnlyList<CreationWarning>> AdviseAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var (candidates, path, noun) = item.ContentType switch
        {
            AccountTypes.Account => (await finder.FindAccountDuplicatesAsync(item, cancellationToken), "accounts", "company"),
            AccountTypes.Contact => (await finder.FindContactDuplicatesAsync(item, cancellationToken), "contacts", "person"),
            _ => ([], "", ""),
        };
        return candidates.OrderByDescending(c => c.Score).Take(MaxWarnings)
            .Select(c => new CreationWarning($"{c.DisplayText} looks like the same {noun} ({c.Reason}).", $"/admin/{path}/{Uri.EscapeDataString(c.ContentItemId)}"))
            .ToList();
    }
}
