using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "Markdown": "..." }</c>, indexed and shown as its plain text. Leading spaces are kept (they mean code in Markdown).</summary>
public sealed class MarkdownFieldKind : StringFieldKind
{
    public override string Name => FieldKinds.Markdown;
    protected override string Property => nameof(MarkdownField.Markdown);

    protected override string Clean(string value, FieldSettings settings) => value.TrimEnd();

    protected override string PlainTextOf(string value) => PlainText.FromMarkdown(value);

    /// <summary>Markup counts: the limit protects storage, and Markdown's markup is what the author typed.</summary>
    protected override int LengthOf(string value) => value.Length;
}
