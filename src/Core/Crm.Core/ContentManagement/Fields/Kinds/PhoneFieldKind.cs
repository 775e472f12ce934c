using System.Text.RegularExpressions;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "Phone": "+49 30 1234-567" }</c>: digits, spaces and + ( ) - . (a + only first), at least 5 digits.</summary>
public sealed partial class PhoneFieldKind : StringFieldKind
{
    private const int MinimumDigits = 5;

    public override string Name => FieldKinds.Phone;
    protected override string Property => nameof(PhoneField.Phone);
    protected override string Expected => "a phone number";

    protected override string Clean(string value, FieldSettings settings) => Spaces().Replace(value.Trim(), " ");

    protected override void Check(string value, FieldValidationContext context)
    {
        if (!Shape().IsMatch(value) || value.Count(char.IsAsciiDigit) < MinimumDigits)
            context.Fail($"{context.Definition.DisplayName} must be a phone number: at least {MinimumDigits} digits, with only spaces and + ( ) - . between them.");
    }

    [GeneratedRegex(@"^\+?[0-9 ().\-]+$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
