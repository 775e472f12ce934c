using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.ViewModels;

public sealed record ContentDeleteViewModel(ContentItem Item, string TypeName);
