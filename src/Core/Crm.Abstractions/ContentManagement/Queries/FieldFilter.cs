namespace OrchardCrm.ContentManagement.Queries;

public enum FieldOperator { Equal, NotEqual, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, Between, Contains, StartsWith, In, IsEmpty, IsNotEmpty }

/// <summary>
/// A condition on a field of any kind, run in SQL on the typed field indexes. Build with
/// <c>FieldFilter.On("Account", "Industry").Equal("Retail")</c>. Values are compared in the index's
/// type: text (case-insensitive for Contains/StartsWith), number, date-time, boolean or reference id.
/// </summary>
public sealed record FieldFilter(string PartName, string FieldName, FieldOperator Operator, IReadOnlyList<object?> Values, string? SubField = null)
{
    public static FieldFilterBuilder On(string partName, string fieldName, string? subField = null) => new(partName, fieldName, subField);
}

public sealed class FieldFilterBuilder(string part, string field, string? subField)
{
    private FieldFilter Make(FieldOperator op, params object?[] values) => new(part, field, op, values, subField);

    public FieldFilter Equal(object value) => Make(FieldOperator.Equal, value);
    public FieldFilter NotEqual(object value) => Make(FieldOperator.NotEqual, value);
    public FieldFilter GreaterThan(object value) => Make(FieldOperator.GreaterThan, value);
    public FieldFilter GreaterThanOrEqual(object value) => Make(FieldOperator.GreaterThanOrEqual, value);
    public FieldFilter LessThan(object value) => Make(FieldOperator.LessThan, value);
    public FieldFilter LessThanOrEqual(object value) => Make(FieldOperator.LessThanOrEqual, value);
    public FieldFilter Between(object from, object to) => Make(FieldOperator.Between, from, to);
    public FieldFilter Contains(string text) => Make(FieldOperator.Contains, text);
    public FieldFilter StartsWith(string text) => Make(FieldOperator.StartsWith, text);
    public FieldFilter In(params object[] values) => Make(FieldOperator.In, values);
    public FieldFilter IsEmpty() => Make(FieldOperator.IsEmpty);
    public FieldFilter IsNotEmpty() => Make(FieldOperator.IsNotEmpty);
}
