using System.Text.RegularExpressions;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Text": "..." }</c>: one line, or several when the settings say <c>"Editor": "TextArea"</c>.
/// Line breaks in a single-line text become spaces.
/// </summary>
public sealed partial class TextFieldKind : StringFieldKind
{
    public const string TextAreaEditor = "TextArea";

    public override string Name => FieldKinds.Text;
    protected override string Property => nameof(TextField.Text);

    protected override string Clean(string value, FieldSettings settings)
    {
        var trimmed = value.Trim();
        return IsMultiLine(settings) ? trimmed : LineBreaks().Replace(trimmed, " ");
    }

    public static bool IsMultiLine(FieldSettings settings) =>
        string.Equals(settings.Editor, TextAreaEditor, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*(\r\n|\r|\n)\s*")]
    private static partial Regex LineBreaks();
}
