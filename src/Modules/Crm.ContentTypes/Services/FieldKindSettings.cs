using OrchardCrm.ContentManagement;

namespace OrchardCrm.ContentTypes.Services;

/// <summary>
/// Which of the <see cref="ContentManagement.Metadata.FieldSettings"/> each built-in kind reads, so the
/// field editor offers only the settings that do something. A kind a module registers is not known
/// here: it gets every setting, since only it knows which it reads.
/// </summary>
public static class FieldKindSettings
{
    public const string Required = nameof(Required);
    public const string Hint = nameof(Hint);
    public const string MaxLength = nameof(MaxLength);
    public const string Minimum = nameof(Minimum);
    public const string Maximum = nameof(Maximum);
    public const string Options = nameof(Options);
    public const string Multiple = nameof(Multiple);
    public const string AllowedContentTypes = nameof(AllowedContentTypes);
    public const string DefaultCurrency = nameof(DefaultCurrency);
    public const string Editor = nameof(Editor);
    public const string DefaultValue = nameof(DefaultValue);

    private static readonly string[] Every =
        [Required, Hint, MaxLength, Minimum, Maximum, Options, Multiple, AllowedContentTypes, DefaultCurrency, Editor, DefaultValue];

    private static readonly Dictionary<string, string[]> ByKind = new(StringComparer.Ordinal)
    {
        [FieldKinds.Text] = [Required, Hint, MaxLength, Editor, DefaultValue],
        [FieldKinds.Markdown] = [Required, Hint, MaxLength, DefaultValue],
        [FieldKinds.Html] = [Required, Hint, MaxLength, DefaultValue],
        [FieldKinds.Email] = [Required, Hint, MaxLength, DefaultValue],
        [FieldKinds.Phone] = [Required, Hint, MaxLength, DefaultValue],
        [FieldKinds.Link] = [Required, Hint, MaxLength, DefaultValue],
        [FieldKinds.Numeric] = [Required, Hint, Minimum, Maximum, DefaultValue],
        [FieldKinds.Money] = [Required, Hint, Minimum, Maximum, DefaultCurrency, DefaultValue],
        [FieldKinds.Date] = [Required, Hint, DefaultValue],
        [FieldKinds.DateTime] = [Required, Hint, DefaultValue],
        [FieldKinds.Boolean] = [Required, Hint, DefaultValue],
        [FieldKinds.Options] = [Required, Hint, Options, Multiple, DefaultValue],
        // For lists, Minimum and Maximum count the values.
        [FieldKinds.Tags] = [Required, Hint, Minimum, Maximum, DefaultValue],
        [FieldKinds.ContentPicker] = [Required, Hint, Multiple, Minimum, Maximum, AllowedContentTypes],
        [FieldKinds.UserPicker] = [Required, Hint, Multiple, Minimum, Maximum],
    };

    public static IReadOnlySet<string> For(string kind) =>
        new HashSet<string>(ByKind.TryGetValue(kind, out var settings) ? settings : Every, StringComparer.Ordinal);

    /// <summary>Whether Minimum and Maximum count values (lists) rather than bound a number.</summary>
    public static bool CountsValues(string kind) =>
        kind is FieldKinds.Tags or FieldKinds.ContentPicker or FieldKinds.UserPicker or FieldKinds.Options;

    /// <summary>What to tell the user about the default value's format.</summary>
    public static string DefaultValueHint(string kind) => kind switch
    {
        FieldKinds.Numeric => "A number, e.g. 3 or 2.5.",
        FieldKinds.Money => "An amount, e.g. 1000.00; the currency is the default currency.",
        FieldKinds.Date => "A date as yyyy-mm-dd, e.g. 2025-01-31.",
        FieldKinds.DateTime => "A date and time as ISO 8601, e.g. 2025-01-31T09:30:00Z.",
        FieldKinds.Boolean => "true or false.",
        FieldKinds.Options => "One of the options.",
        FieldKinds.Tags => "Tags separated by commas.",
        _ => "The value a new item starts with.",
    };
}
