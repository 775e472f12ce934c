using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>Copies the survivor's empty fields from the merged item: what the survivor already says wins.</summary>
internal static class EmptyFieldFiller
{
    /// <summary>Fills each empty <see cref="ContentField"/> property of <paramref name="target"/> from <paramref name="source"/>, except those named in <paramref name="skip"/>.</summary>
    public static void Fill<TPart>(TPart target, TPart source, params string[] skip) where TPart : ContentPart
    {
        foreach (var property in typeof(TPart).GetProperties())
        {
            if (!typeof(ContentField).IsAssignableFrom(property.PropertyType) || !property.CanWrite || skip.Contains(property.Name)) continue;
            var mine = (ContentField?)property.GetValue(target);
            var theirs = (ContentField?)property.GetValue(source);
            if (theirs is not null && IsEmpty(mine) && !IsEmpty(theirs)) property.SetValue(target, theirs);
        }
    }

    public static bool IsEmpty(ContentField? field) => field switch
    {
        null => true,
        TextField f => string.IsNullOrWhiteSpace(f.Text),
        MarkdownField f => string.IsNullOrWhiteSpace(f.Markdown),
        HtmlField f => string.IsNullOrWhiteSpace(f.Html),
        NumericField f => f.Value is null,
        MoneyField f => f.Amount is null,
        DateField f => f.Value is null,
        DateTimeField f => f.Value is null,
        BooleanField f => f.Value is null,
        OptionsField f => f.Values.Length == 0,
        EmailField f => string.IsNullOrWhiteSpace(f.Email),
        PhoneField f => string.IsNullOrWhiteSpace(f.Phone),
        LinkField f => string.IsNullOrWhiteSpace(f.Url),
        TagsField f => f.Tags.Length == 0,
        ContentPickerField f => f.ContentItemIds.Length == 0,
        UserPickerField f => f.UserIds.Length == 0,
        _ => false,
    };

    /// <summary>The picker's ids with <paramref name="from"/> replaced by <paramref name="to"/> (once) — or removed when <paramref name="to"/> is null.</summary>
    public static string[] Repoint(string[] ids, string from, string? to) =>
        [.. ids.Select(id => id == from ? to : id).OfType<string>().Distinct(StringComparer.Ordinal)];
}
