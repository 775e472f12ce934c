namespace OrchardCrm.Deals;

/// <summary>Dates as the database wants them: PostgreSQL's timestamptz refuses anything but UTC kinds.</summary>
public static class UtcDates
{
    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? FromDate(DateOnly? date) => date is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

    public static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
