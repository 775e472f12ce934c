using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.ViewModels;

public sealed record SearchGroup(string ContentType, string DisplayName, IReadOnlyList<ContentItem> Items, int TotalCount);

public sealed record SearchViewModel(string Query, IReadOnlyList<SearchGroup> Groups);
