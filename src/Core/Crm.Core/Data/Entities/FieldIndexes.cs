namespace OrchardCrm.Data.Entities;

/// <summary>
/// Common columns of the typed field indexes: one row per value of a field of a stored version that is
/// latest or published. Multi-valued fields (tags, options, pickers) have a row per value.
/// </summary>
public abstract class FieldIndexRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string PartName { get; set; } = "";
    public string FieldName { get; set; } = "";

    /// <summary>"" for the field's main value; a name such as "Currency" for a second value of one field in the same table.</summary>
    public string SubField { get; set; } = "";
}

public sealed class TextFieldIndexRecord : FieldIndexRecord
{
    /// <summary>The value as written, cut to <see cref="MaxLength"/> characters.</summary>
    public string Text { get; set; } = "";

    /// <summary>The value in lower case, for case-insensitive equality, contains and prefix filters on every provider.</summary>
    public string NormalizedText { get; set; } = "";

    public const int MaxLength = 512;
}

/// <summary>Numbers and money amounts. Stored as double: SQLite cannot compare or sort decimals in SQL.</summary>
public sealed class NumericFieldIndexRecord : FieldIndexRecord
{
    public double Value { get; set; }
}

/// <summary>Dates (at midnight UTC) and date-times (UTC).</summary>
public sealed class DateFieldIndexRecord : FieldIndexRecord
{
    public DateTime Value { get; set; }
}

public sealed class BooleanFieldIndexRecord : FieldIndexRecord
{
    public bool Value { get; set; }
}

/// <summary>References to other content items (content picker) or users (user picker).</summary>
public sealed class ReferenceFieldIndexRecord : FieldIndexRecord
{
    public string ReferencedId { get; set; } = "";
}
