namespace OrchardCrm.ContentManagement;

/// <summary>
/// Typed views of the built-in field kinds. Their JSON is the field's JSON inside a part:
/// a text field is <c>{ "Text": "..." }</c>, a money field <c>{ "Amount": 12.5, "Currency": "EUR" }</c>.
/// </summary>
public abstract class ContentField;

public sealed class TextField : ContentField { public string? Text { get; set; } }
public sealed class MarkdownField : ContentField { public string? Markdown { get; set; } }
public sealed class HtmlField : ContentField { public string? Html { get; set; } }
public sealed class NumericField : ContentField { public decimal? Value { get; set; } }
public sealed class MoneyField : ContentField { public decimal? Amount { get; set; } public string? Currency { get; set; } }
public sealed class DateField : ContentField { public DateOnly? Value { get; set; } }
public sealed class DateTimeField : ContentField { public DateTime? Value { get; set; } }
public sealed class BooleanField : ContentField { public bool? Value { get; set; } }
public sealed class OptionsField : ContentField { public string[] Values { get; set; } = []; }
public sealed class EmailField : ContentField { public string? Email { get; set; } }
public sealed class PhoneField : ContentField { public string? Phone { get; set; } }
public sealed class LinkField : ContentField { public string? Url { get; set; } public string? Text { get; set; } }
public sealed class TagsField : ContentField { public string[] Tags { get; set; } = []; }
public sealed class ContentPickerField : ContentField { public string[] ContentItemIds { get; set; } = []; }
public sealed class UserPickerField : ContentField { public string[] UserIds { get; set; } = []; }
