using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Contents.Editors;

namespace OrchardCrm.Contents.ViewModels;

/// <summary>The create and edit page of an item: its title, an editor per field, and what a refused save said.</summary>
public sealed class ContentEditViewModel
{
    public required ContentTypeDefinition Type { get; init; }
    public required ContentItem Item { get; init; }
    public required bool IsNew { get; init; }
    public required bool CanPublish { get; init; }
    public required string DisplayText { get; init; }
    public required IReadOnlyList<string> DisplayTextErrors { get; init; }

    /// <summary>Messages not about one field of the form (raised by a module's handler, for instance).</summary>
    public required IReadOnlyList<string> OtherErrors { get; init; }

    public required IReadOnlyList<FieldEditorModel> Fields { get; init; }

    /// <summary>A message above the form: someone else saved the item since it was opened, or a save half succeeded.</summary>
    public string? Alert { get; init; }

    /// <summary>What the modules' creation advisors said about a new item (likely duplicates): it is created once the user confirms.</summary>
    public IReadOnlyList<DisplayManagement.CreationWarning> Warnings { get; private init; } = [];

    public ContentEditViewModel WithWarnings(IReadOnlyList<DisplayManagement.CreationWarning> warnings) =>
        new()
        {
            Type = Type, Item = Item, IsNew = IsNew, CanPublish = CanPublish, DisplayText = DisplayText,
            DisplayTextErrors = DisplayTextErrors, OtherErrors = OtherErrors, Fields = Fields, Alert = Alert,
            ContentItemVersionId = ContentItemVersionId, RowVersion = RowVersion, Warnings = warnings,
        };

    /// <summary>The version and stamp the form was opened on, posted back for the conflict check.</summary>
    public required string ContentItemVersionId { get; init; }
    public required long RowVersion { get; init; }

    public bool Draftable => Type.TypeSettings.Draftable;
    public string TypeName => Type.DisplayName is { Length: > 0 } d ? d : Type.Name;
    public bool HasErrors => DisplayTextErrors.Count > 0 || OtherErrors.Count > 0 || Fields.Any(f => f.HasErrors);
}
