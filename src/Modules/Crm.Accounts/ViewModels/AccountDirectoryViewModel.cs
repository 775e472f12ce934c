using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.ViewModels;

public sealed record AccountDirectoryViewModel(string Query, ContentQueryResult Result);
