using System.Linq.Expressions;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Store;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>
/// Turns a field filter into SQL on the typed field index of its kind: the item's row id must (or must
/// not) be among the index rows that match. A multi-valued field matches when any of its values does;
/// NotEqual and IsEmpty match items holding no matching value at all.
/// </summary>
internal static class FieldFilterTranslator
{
    public static IQueryable<ContentItemIndex> Apply(CrmDbContext db, IQueryable<ContentItemIndex> query, ResolvedField field, FieldFilter filter)
    {
        var op = filter.Operator;
        if (op is FieldOperator.IsEmpty or FieldOperator.IsNotEmpty)
            return Having(query, AllRows(db, field), negate: op == FieldOperator.IsEmpty);

        var negate = op == FieldOperator.NotEqual;
        if (negate) op = FieldOperator.Equal;
        IQueryable<long> matching = field.IndexKind switch
        {
            FieldIndexKind.Text => Rows(db.TextFieldIndex, field).Where(TextCondition(op, filter)).Select(r => r.DocumentId),
            FieldIndexKind.Reference => Rows(db.ReferenceFieldIndex, field).Where(ReferenceCondition(op, filter)).Select(r => r.DocumentId),
            FieldIndexKind.Numeric => Rows(db.NumericFieldIndex, field).Where(Compare<NumericFieldIndexRecord, double>(r => r.Value, op, filter, FieldIndexValues.ToNumber)).Select(r => r.DocumentId),
            FieldIndexKind.Date => Rows(db.DateFieldIndex, field).Where(Compare<DateFieldIndexRecord, DateTime>(r => r.Value, op, filter, FieldIndexValues.ToUtc)).Select(r => r.DocumentId),
            FieldIndexKind.Boolean => Rows(db.BooleanFieldIndex, field).Where(Compare<BooleanFieldIndexRecord, bool>(r => r.Value, op, filter, ToBoolean)).Select(r => r.DocumentId),
            _ => throw new ContentQueryException($"Unknown index kind {field.IndexKind}."),
        };
        return Having(query, matching, negate);
    }

    public static IQueryable<T> Rows<T>(IQueryable<T> set, ResolvedField field) where T : FieldIndexRecord
    {
        var part = field.PartName;
        var name = field.FieldName;
        var sub = field.SubField;
        return set.Where(r => r.PartName == part && r.FieldName == name && r.SubField == sub);
    }

    private static IQueryable<long> AllRows(CrmDbContext db, ResolvedField field) => field.IndexKind switch
    {
        FieldIndexKind.Text => Rows(db.TextFieldIndex, field).Select(r => r.DocumentId),
        FieldIndexKind.Reference => Rows(db.ReferenceFieldIndex, field).Select(r => r.DocumentId),
        FieldIndexKind.Numeric => Rows(db.NumericFieldIndex, field).Select(r => r.DocumentId),
        FieldIndexKind.Date => Rows(db.DateFieldIndex, field).Select(r => r.DocumentId),
        _ => Rows(db.BooleanFieldIndex, field).Select(r => r.DocumentId),
    };

    private static IQueryable<ContentItemIndex> Having(IQueryable<ContentItemIndex> query, IQueryable<long> documentIds, bool negate) =>
        negate ? query.Where(i => !documentIds.Contains(i.DocumentId)) : query.Where(i => documentIds.Contains(i.DocumentId));

    private static Expression<Func<TextFieldIndexRecord, bool>> TextCondition(FieldOperator op, FieldFilter filter)
    {
        var values = filter.Values.Select(v => FieldIndexValues.NormalizeText(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        var first = values.FirstOrDefault() ?? "";
        return op switch
        {
            FieldOperator.Equal => r => r.NormalizedText == first,
            FieldOperator.Contains => r => r.NormalizedText.Contains(first),
            FieldOperator.StartsWith => r => r.NormalizedText.StartsWith(first),
            FieldOperator.In => r => values.Contains(r.NormalizedText),
            _ => throw Unsupported(filter, "text"),
        };
    }

    private static Expression<Func<ReferenceFieldIndexRecord, bool>> ReferenceCondition(FieldOperator op, FieldFilter filter)
    {
        var values = filter.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
        var first = values.FirstOrDefault() ?? "";
        return op switch
        {
            FieldOperator.Equal => r => r.ReferencedId == first,
            FieldOperator.In => r => values.Contains(r.ReferencedId),
            _ => throw Unsupported(filter, "reference"),
        };
    }

    /// <summary>A comparison on an ordered value (number, date, boolean), with the operand as a query parameter.</summary>
    private static Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> value, FieldOperator op, FieldFilter filter, Func<object, TValue> convert)
    {
        TValue[] operands;
        try
        {
            operands = filter.Values.Select(v => convert(v ?? throw new FormatException())).ToArray();
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or OverflowException)
        {
            throw new ContentQueryException($"'{string.Join(", ", filter.Values)}' is not a valid value for {filter.PartName}.{filter.FieldName}.");
        }
        if (operands.Length == 0) throw new ContentQueryException($"The filter on {filter.PartName}.{filter.FieldName} needs a value.");

        Expression Operand(int index) => Expression.Property(Expression.Constant(new Box<TValue>(operands[index])), nameof(Box<TValue>.Value));
        var body = value.Body;
        Expression condition = op switch
        {
            FieldOperator.Equal => Expression.Equal(body, Operand(0)),
            FieldOperator.GreaterThan => Expression.GreaterThan(body, Operand(0)),
            FieldOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(body, Operand(0)),
            FieldOperator.LessThan => Expression.LessThan(body, Operand(0)),
            FieldOperator.LessThanOrEqual => Expression.LessThanOrEqual(body, Operand(0)),
            FieldOperator.Between when operands.Length == 2 => Expression.AndAlso(Expression.GreaterThanOrEqual(body, Operand(0)), Expression.LessThanOrEqual(body, Operand(1))),
            FieldOperator.In => Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Expression.Constant(operands), body),
            _ => throw Unsupported(filter, typeof(TValue) == typeof(bool) ? "yes/no" : "this kind of"),
        };
        return Expression.Lambda<Func<T, bool>>(condition, value.Parameters);
    }

    private static bool ToBoolean(object value) => value switch
    {
        bool b => b,
        string s => bool.Parse(s),
        _ => throw new FormatException(),
    };

    private static ContentQueryException Unsupported(FieldFilter filter, string kind) =>
        new($"The operator {filter.Operator} does not apply to the {kind} field {filter.PartName}.{filter.FieldName}.");

    /// <summary>Holds an operand so EF Core sends it as a parameter rather than inlining it in the SQL.</summary>
    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
