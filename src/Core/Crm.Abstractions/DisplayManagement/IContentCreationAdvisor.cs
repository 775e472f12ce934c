using OrchardCrm.ContentManagement;

namespace OrchardCrm.DisplayManagement;

/// <summary>
/// Looks at a valid item about to be created from the editor and says what the user should know first
/// (a likely duplicate, say). The editor shows the warnings and creates the item only once the user
/// confirms. Register with <c>services.AddContentCreationAdvisor&lt;T&gt;()</c>.
/// </summary>
public interface IContentCreationAdvisor
{
    Task<IReadOnlyList<CreationWarning>> AdviseAsync(ContentItem item, CancellationToken cancellationToken = default);
}

/// <param name="Message">One sentence, e.g. "ACME Corp. looks like the same company (same domain)."</param>
/// <param name="Url">Where to look at what the warning is about, if anywhere.</param>
public sealed record CreationWarning(string Message, string? Url = null);
