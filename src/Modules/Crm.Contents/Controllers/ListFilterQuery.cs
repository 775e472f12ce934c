using System.Globalization;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.ViewModels;

namespace OrchardCrm.Contents.Controllers;

/// <summary>
/// Applies the list page's search, field filter and sort to a content query. The filter's value is read
/// in the field's own terms (a number for numbers and money, a date for dates, yes/no for booleans).
/// </summary>
internal static class ListFilterQuery
{
    /// <summary>Applies the filter; returns why it cannot be applied, or null.</summary>
    public static string? Apply(IContentQuery query, ContentListFilter filter, IReadOnlyList<TypeField> fields)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q)) query.DisplayTextContains(filter.Q.Trim());
        ApplySort(query, filter, fields);
        if (!filter.HasFieldFilter) return null;

        var field = Find(fields, filter.Field!);
        if (field is null) return $"This type has no field '{filter.Field}'.";
        var on = FieldFilter.On(field.PartName, field.Field.Name);
        var name = field.Field.DisplayName;
        if (filter.Op is "empty") { query.Where(on.IsEmpty()); return null; }
        if (filter.Op is "notempty") { query.Where(on.IsNotEmpty()); return null; }

        var text = filter.Value?.Trim() ?? "";
        if (text.Length == 0) return $"Give a value to compare {name} with.";
        if (filter.Op is "contains") { query.Where(on.Contains(text)); return null; }
        if (filter.Op is "startswith") { query.Where(on.StartsWith(text)); return null; }

        var (value, error) = Typed(field.Field, text);
        if (error is not null) return error;
        FieldFilter? condition = filter.Op switch
        {
            "eq" => on.Equal(value!),
            "ne" => on.NotEqual(value!),
            "gt" => on.GreaterThan(value!),
            "ge" => on.GreaterThanOrEqual(value!),
            "lt" => on.LessThan(value!),
            "le" => on.LessThanOrEqual(value!),
            _ => null,
        };
        if (condition is null) return $"'{filter.Op}' is not a comparison this page knows.";
        query.Where(condition);
        return null;
    }

    public static TypeField? Find(IReadOnlyList<TypeField> fields, string key) =>
        fields.FirstOrDefault(f => string.Equals($"{f.PartName}.{f.Field.Name}", key, StringComparison.OrdinalIgnoreCase));

    private static void ApplySort(IContentQuery query, ContentListFilter filter, IReadOnlyList<TypeField> fields)
    {
        switch (filter.Sort)
        {
            case null or "" or "modified": query.OrderBy(ContentOrder.ModifiedUtc, filter.Sort is null or "" || filter.Desc); break;
            case "title": query.OrderBy(ContentOrder.DisplayText, filter.Desc); break;
            case "created": query.OrderBy(ContentOrder.CreatedUtc, filter.Desc); break;
            case "published": query.OrderBy(ContentOrder.PublishedUtc, filter.Desc); break;
            default:
                if (Find(fields, filter.Sort) is { } field) query.OrderByField(field.PartName, field.Field.Name, filter.Desc);
                else query.OrderBy(ContentOrder.ModifiedUtc, descending: true);
                break;
        }
    }

    /// <summary>The value as the field's index holds it.</summary>
    private static (object? Value, string? Error) Typed(ContentPartFieldDefinition field, string text)
    {
        var name = field.DisplayName;
        switch (field.FieldKind)
        {
            case FieldKinds.Numeric or FieldKinds.Money:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? (number, null) : (null, $"{name} is compared with a number; '{text}' is not one.");
            case FieldKinds.Date or FieldKinds.DateTime:
                return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                    ? (date, null) : (null, $"{name} is compared with a date (YYYY-MM-DD); '{text}' is not one.");
            case FieldKinds.Boolean:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" => (true, null),
                    "false" or "no" => (false, null),
                    _ => (null, $"{name} is compared with yes or no; '{text}' is neither."),
                };
            default:
                return (text, null);
        }
    }
}
