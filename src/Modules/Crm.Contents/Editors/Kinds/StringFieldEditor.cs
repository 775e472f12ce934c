using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>An editor of a kind holding one string property; the kernel trims, sanitises and validates it.</summary>
public abstract class StringFieldEditor : IFieldEditor
{
    public abstract string FieldKind { get; }
    public abstract string Partial { get; }

    /// <summary>The JSON property and the input's name.</summary>
    public abstract string Property { get; }

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetText(field, Property, context.Value(Property));
        return field;
    }

    public virtual ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FieldValues.String(field, Property)?.Trim() ?? "");
}

public sealed class TextFieldEditor : StringFieldEditor
{
    public override string FieldKind => ContentManagement.FieldKinds.Text;
    public override string Partial => "TextField";
    public override string Property => "Text";
}

public sealed class MarkdownFieldEditor : StringFieldEditor
{
    public override string FieldKind => ContentManagement.FieldKinds.Markdown;
    public override string Partial => "MarkdownField";
    public override string Property => "Markdown";
}

public sealed class HtmlFieldEditor : StringFieldEditor
{
    public override string FieldKind => ContentManagement.FieldKinds.Html;
    public override string Partial => "HtmlField";
    public override string Property => "Html";
}

public sealed class EmailFieldEditor : StringFieldEditor
{
    public override string FieldKind => ContentManagement.FieldKinds.Email;
    public override string Partial => "EmailField";
    public override string Property => "Email";
}

public sealed class PhoneFieldEditor : StringFieldEditor
{
    public override string FieldKind => ContentManagement.FieldKinds.Phone;
    public override string Partial => "PhoneField";
    public override string Property => "Phone";
}
