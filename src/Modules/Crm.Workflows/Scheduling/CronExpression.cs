namespace OrchardCrm.Workflows.Scheduling;

/// <summary>
/// A five-field cron expression (minute hour day-of-month month day-of-week, in UTC) with lists (1,15),
/// ranges (1-5), steps (*/15, 8-18/2) and month/day names (JAN, MON). As in classic cron, when both
/// day fields are restricted a day matching either one matches.
/// </summary>
public sealed class CronExpression
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] _minutes, _hours, _days, _months, _weekdays;
    private readonly bool _daysRestricted, _weekdaysRestricted;

    private CronExpression(bool[] minutes, bool[] hours, bool[] days, bool[] months, bool[] weekdays, bool daysRestricted, bool weekdaysRestricted)
    {
        (_minutes, _hours, _days, _months, _weekdays) = (minutes, hours, days, months, weekdays);
        (_daysRestricted, _weekdaysRestricted) = (daysRestricted, weekdaysRestricted);
    }

    public static CronExpression Parse(string text) =>
        TryParse(text, out var cron, out var error) ? cron! : throw new FormatException(error);

    public static bool TryParse(string? text, out CronExpression? cron, out string error)
    {
        cron = null;
        var fields = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length != 5)
        {
            error = "a cron expression has five fields: minute hour day-of-month month day-of-week (e.g. \"0 8 * * MON-FRI\").";
            return false;
        }
        var minutes = Field(fields[0], 0, 59, null, "minute", out error);
        if (minutes is null) return false;
        var hours = Field(fields[1], 0, 23, null, "hour", out error);
        if (hours is null) return false;
        var days = Field(fields[2], 1, 31, null, "day of month", out error);
        if (days is null) return false;
        var months = Field(fields[3], 1, 12, MonthNames, "month", out error);
        if (months is null) return false;
        var weekdays = Field(fields[4], 0, 7, DayNames, "day of week", out error);
        if (weekdays is null) return false;
        if (weekdays[7]) weekdays[0] = true; // 7 is Sunday too
        cron = new CronExpression(minutes, hours, days, months, weekdays, fields[2] != "*", fields[4] != "*");
        return true;
    }

    /// <summary>The first matching minute strictly after <paramref name="afterUtc"/>, or null when none within five years.</summary>
    public DateTime? Next(DateTime afterUtc)
    {
        var t = new DateTime(afterUtc.Year, afterUtc.Month, afterUtc.Day, afterUtc.Hour, afterUtc.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!_months[t.Month]) { t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1); continue; }
            if (!DayMatches(t)) { t = t.Date.AddDays(1); continue; }
            if (!_hours[t.Hour]) { t = new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc).AddHours(1); continue; }
            if (!_minutes[t.Minute]) { t = t.AddMinutes(1); continue; }
            return t;
        }
        return null;
    }

    private bool DayMatches(DateTime t)
    {
        var day = _days[t.Day];
        var weekday = _weekdays[(int)t.DayOfWeek];
        if (_daysRestricted && _weekdaysRestricted) return day || weekday;
        return day && weekday;
    }

    private static bool[]? Field(string text, int min, int max, string[]? names, string label, out string error)
    {
        error = "";
        var set = new bool[max + 1];
        foreach (var part in text.Split(','))
        {
            var step = 1;
            var range = part;
            var slash = part.IndexOf('/');
            if (slash >= 0)
            {
                if (!int.TryParse(part[(slash + 1)..], out step) || step < 1)
                {
                    error = $"the {label} field has a bad step in '{part}'.";
                    return null;
                }
                range = part[..slash];
            }
            int from, to;
            if (range == "*") (from, to) = (min, max);
            else
            {
                var dash = range.IndexOf('-');
                var first = dash >= 0 ? range[..dash] : range;
                if (!Value(first, names, min, out from) || from < min || from > max)
                {
                    error = $"the {label} field must hold values from {min} to {max}; '{part}' is not one.";
                    return null;
                }
                to = slash >= 0 && dash < 0 ? max : from;
                if (dash >= 0 && (!Value(range[(dash + 1)..], names, min, out to) || to < from || to > max))
                {
                    error = $"the {label} field has a bad range '{part}'.";
                    return null;
                }
            }
            for (var v = from; v <= to; v += step) set[v] = true;
        }
        return set;
    }

    private static bool Value(string text, string[]? names, int min, out int value)
    {
        if (int.TryParse(text, out value)) return true;
        var index = names is null ? -1 : Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = index + min;
        return index >= 0;
    }
}
