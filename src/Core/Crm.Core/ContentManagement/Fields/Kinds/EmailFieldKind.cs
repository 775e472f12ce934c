using System.Net.Mail;
using System.Text.RegularExpressions;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "Email": "name@example.com" }</c>; the domain is stored in lower case.</summary>
public sealed partial class EmailFieldKind : StringFieldKind
{
    public override string Name => FieldKinds.Email;
    protected override string Property => nameof(EmailField.Email);
    protected override string Expected => "an email address";

    protected override string Clean(string value, FieldSettings settings)
    {
        var trimmed = value.Trim();
        var at = trimmed.LastIndexOf('@');
        return at < 0 ? trimmed : trimmed[..at] + trimmed[at..].ToLowerInvariant();
    }

    protected override void Check(string value, FieldValidationContext context)
    {
        if (!IsEmailAddress(value))
            context.Fail($"{context.Definition.DisplayName} must be an email address such as name@example.com.");
    }

    public static bool IsEmailAddress(string value) =>
        Shape().IsMatch(value) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    /// <summary>One @, no spaces, and a dot in the domain: what a CRM contact's address looks like.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex Shape();
}
