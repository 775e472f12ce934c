using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors;

/// <summary>
/// The admin editor of one field kind: the partial view that renders its inputs
/// (Views/Shared/FieldEditors/{Partial}.cshtml), the binder that turns the posted inputs back into the
/// field's JSON, and the text shown for a value in lists and version comparisons. A new field kind
/// needs one class and one partial; register the class with <c>services.AddFieldEditor&lt;T&gt;()</c>.
/// </summary>
public interface IFieldEditor
{
    /// <summary>The field kind edited, e.g. "TextField" (<see cref="ContentManagement.FieldKinds"/>).</summary>
    string FieldKind { get; }

    /// <summary>The partial's name under Views/Shared/FieldEditors.</summary>
    string Partial { get; }

    /// <summary>
    /// The field's JSON from the posted inputs. Input that cannot even be represented (a word in a number
    /// box) is reported with <see cref="FieldBindingContext.Fail"/>; the kernel validates the rest.
    /// </summary>
    JsonObject Bind(FieldBindingContext context);

    /// <summary>Loads what the partial needs beyond the JSON (titles of picked items, the users to choose from).</summary>
    ValueTask PrepareAsync(FieldEditorModel model, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The value as short text for people, or "" when empty.</summary>
    ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken);
}
