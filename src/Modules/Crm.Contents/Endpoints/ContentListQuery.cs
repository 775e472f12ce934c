using System.Globalization;
using Microsoft.AspNetCore.Http;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Contents.Endpoints;

/// <summary>
/// Turns the list endpoint's query string into a content query:
/// <c>q</c> (display text contains), <c>owner</c>, <c>latest=true</c>, <c>orderBy</c> (DisplayText, CreatedUtc,
/// ModifiedUtc, PublishedUtc, or Part.Field), <c>desc=true</c>, <c>page</c>, <c>pageSize</c> (at most 100), and
/// repeated <c>filter=Part.Field:op:value</c> with op among eq, ne, gt, ge, lt, le, contains, startswith,
/// in (values separated by |), empty, notempty.
/// </summary>
public static class ContentListQuery
{
    public static IContentQuery Apply(IContentQuery query, IQueryCollection parameters, Dictionary<string, string[]> errors)
    {
        if (parameters["latest"] == "true") query.Latest();
        if (parameters["q"].ToString() is { Length: > 0 } text) query.DisplayTextContains(text);
        if (parameters["owner"].ToString() is { Length: > 0 } owner) query.OwnedBy(owner);

        foreach (var filter in parameters["filter"])
        {
            var parsed = ParseFilter(filter!);
            if (parsed is null) errors["filter"] = [$"'{filter}' is not Part.Field:op:value with op among eq, ne, gt, ge, lt, le, contains, startswith, in, empty, notempty."];
            else query.Where(parsed);
        }

        var descending = parameters["desc"] == "true";
        if (parameters["orderBy"].ToString() is { Length: > 0 } orderBy)
        {
            if (Enum.TryParse<ContentOrder>(orderBy, ignoreCase: true, out var order)) query.OrderBy(order, descending);
            else if (orderBy.Split('.') is [var part, var field]) query.OrderByField(part, field, descending);
            else errors["orderBy"] = [$"'{orderBy}' is neither DisplayText, CreatedUtc, ModifiedUtc, PublishedUtc nor Part.Field."];
        }
        return query;
    }

    public static (int Page, int PageSize) Paging(IQueryCollection parameters, Dictionary<string, string[]> errors)
    {
        var page = 1;
        var pageSize = 20;
        if (parameters["page"].ToString() is { Length: > 0 } p && (!int.TryParse(p, out page) || page < 1))
            errors["page"] = ["must be a whole number from 1."];
        if (parameters["pageSize"].ToString() is { Length: > 0 } s && (!int.TryParse(s, out pageSize) || pageSize is < 1 or > 100))
            errors["pageSize"] = ["must be a whole number from 1 to 100."];
        return (Math.Max(page, 1), Math.Clamp(pageSize, 1, 100));
    }

    private static FieldFilter? ParseFilter(string text)
    {
        var pieces = text.Split(':', 3);
        if (pieces.Length < 2 || pieces[0].Split('.') is not [var part, var field] || part.Length == 0 || field.Length == 0) return null;
        var on = FieldFilter.On(part, field);
        var value = pieces.Length == 3 ? pieces[2] : null;
        object Typed(string raw) =>
            decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
            : DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) && raw.Contains('-') ? date
            : bool.TryParse(raw, out var flag) ? flag
            : raw;
        return (pieces[1].ToLowerInvariant(), value) switch
        {
            ("eq", { } v) => on.Equal(Typed(v)),
            ("ne", { } v) => on.NotEqual(Typed(v)),
            ("gt", { } v) => on.GreaterThan(Typed(v)),
            ("ge", { } v) => on.GreaterThanOrEqual(Typed(v)),
            ("lt", { } v) => on.LessThan(Typed(v)),
            ("le", { } v) => on.LessThanOrEqual(Typed(v)),
            ("contains", { } v) => on.Contains(v),
            ("startswith", { } v) => on.StartsWith(v),
            ("in", { } v) => on.In(v.Split('|').Select(Typed).ToArray()),
            ("empty", _) => on.IsEmpty(),
            ("notempty", _) => on.IsNotEmpty(),
            _ => null,
        };
    }
}
