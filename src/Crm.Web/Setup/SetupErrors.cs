namespace OrchardCrm.Web.Setup;

/// <summary>
/// Places the setup service's messages ("Admin password: ...", "Recipe 'x': ...") beside the field they
/// are about; a message about no field stays whole, for the summary above the form.
/// </summary>
public static class SetupErrors
{
    private static readonly (string Prefix, string Field)[] Prefixes =
    [
        ("Site name:", nameof(SetupViewModel.SiteName)),
        ("Admin user name:", nameof(SetupViewModel.AdminUserName)),
        ("Admin e-mail:", nameof(SetupViewModel.AdminEmail)),
        ("Admin password:", nameof(SetupViewModel.AdminPassword)),
    ];

    public static (string Field, string Message) Locate(string error)
    {
        foreach (var (prefix, field) in Prefixes)
            if (error.StartsWith(prefix, StringComparison.Ordinal)) return (field, error[prefix.Length..].Trim());

        // Identity's user validators speak of the user name or of the e-mail.
        const string user = "Admin user:";
        if (error.StartsWith(user, StringComparison.Ordinal))
        {
            var message = error[user.Length..].Trim();
            var field = message.Contains("email", StringComparison.OrdinalIgnoreCase) || message.Contains("e-mail", StringComparison.OrdinalIgnoreCase)
                ? nameof(SetupViewModel.AdminEmail)
                : nameof(SetupViewModel.AdminUserName);
            return (field, message);
        }
        return ("", error);
    }
}
