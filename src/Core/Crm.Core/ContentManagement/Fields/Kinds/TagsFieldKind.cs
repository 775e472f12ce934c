namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Tags": ["Retail", "Tech"] }</c>: free words, trimmed, blanks dropped and duplicates removed
/// regardless of case (the first spelling stays). Minimum and Maximum bound how many.
/// </summary>
public sealed class TagsFieldKind : StringListFieldKind
{
    public override string Name => FieldKinds.Tags;
    protected override string Property => nameof(TagsField.Tags);
    protected override string Expected => "a list of tags";
    protected override StringComparer Sameness => StringComparer.OrdinalIgnoreCase;
    protected override bool SingleUnlessMultiple => false;
}
