using System.Globalization;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>How values are written to, and compared in, the field indexes: shared by the writer and the query.</summary>
public static class FieldIndexValues
{
    /// <summary>Lower case, invariant: text equality, contains and prefix filters are case-insensitive on every provider.</summary>
    public static string NormalizeText(string text) => text.Trim().ToLowerInvariant();

    public static DateTime ToUtc(object value) => value switch
    {
        DateTime d => d.Kind switch
        {
            DateTimeKind.Utc => d,
            DateTimeKind.Local => d.ToUniversalTime(),
            _ => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        },
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset d => d.UtcDateTime,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new ArgumentException($"'{value}' is not a date."),
    };

    public static double ToNumber(object value) => value switch
    {
        string s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
