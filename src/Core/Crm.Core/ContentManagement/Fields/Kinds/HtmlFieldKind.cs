using Ganss.Xss;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Html": "..." }</c>, sanitised when normalised (scripts, event handlers and javascript: links
/// removed), indexed and shown as its plain text. MaxLength counts the text, not the markup.
/// </summary>
public sealed class HtmlFieldKind : StringFieldKind
{
    // Sanitize is thread-safe on a shared instance as long as it is not reconfigured.
    private static readonly HtmlSanitizer Sanitizer = new();

    public override string Name => FieldKinds.Html;
    protected override string Property => nameof(HtmlField.Html);

    protected override string Clean(string value, FieldSettings settings) => Sanitizer.Sanitize(value).Trim();

    /// <summary>Markup without words (an empty paragraph) is no value, unless it shows something (an image).</summary>
    protected override bool IsBlank(string value) =>
        PlainText.FromHtml(value).Length == 0 && !value.Contains("<img", StringComparison.OrdinalIgnoreCase);

    protected override string PlainTextOf(string value) => PlainText.FromHtml(value);
}
