namespace OrchardCrm.ContentManagement;

/// <summary>The names of the built-in field kinds, as written in content definitions and recipes.</summary>
public static class FieldKinds
{
    /// <summary>Single line, or multi-line when its settings say <c>"Editor": "TextArea"</c>.</summary>
    public const string Text = "TextField";
    public const string Markdown = "MarkdownField";
    public const string Html = "HtmlField";
    public const string Numeric = "NumericField";
    public const string Money = "MoneyField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Boolean = "BooleanField";
    public const string Options = "OptionsField";
    public const string Email = "EmailField";
    public const string Phone = "PhoneField";
    public const string Link = "LinkField";
    public const string Tags = "TagsField";
    public const string ContentPicker = "ContentPickerField";
    public const string UserPicker = "UserPickerField";
}
