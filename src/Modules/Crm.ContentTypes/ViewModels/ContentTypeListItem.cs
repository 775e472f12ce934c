namespace OrchardCrm.ContentTypes.ViewModels;

public sealed record ContentTypeListItem(string Name, string DisplayName, IReadOnlyList<string> Parts, int FieldCount, bool Listable, bool Creatable);
