using OrchardCrm.ContentManagement.Fields;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>Which typed index table holds the values of a field kind (and of its sub-values, such as money's currency).</summary>
internal static class FieldIndexKindResolver
{
    public static FieldIndexKind Resolve(string fieldKind, string? subField)
    {
        if (subField == "Currency") return FieldIndexKind.Text;
        return fieldKind switch
        {
            FieldKinds.Numeric or FieldKinds.Money => FieldIndexKind.Numeric,
            FieldKinds.Date or FieldKinds.DateTime => FieldIndexKind.Date,
            FieldKinds.Boolean => FieldIndexKind.Boolean,
            FieldKinds.ContentPicker or FieldKinds.UserPicker => FieldIndexKind.Reference,
            _ => FieldIndexKind.Text,
        };
    }
}
