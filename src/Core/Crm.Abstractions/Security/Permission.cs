namespace OrchardCrm.Security;

/// <summary>A named right. <see cref="ImpliedBy"/> lists broader permissions that grant this one too.</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null, string Category = "")
{
    public override string ToString() => Name;
}

/// <summary>Default role stereotypes, created at setup.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string SalesManager = "Sales Manager";
    public const string AccountManager = "Account Manager";
    public const string Contributor = "Contributor";
    public const string NewHire = "New Hire";
}

/// <summary>A module's permissions and which default roles get which. Register with <c>services.AddPermissionProvider&lt;T&gt;()</c>.</summary>
public interface IPermissionProvider
{
    /// <summary>Async because some permissions are made from data (one set per content type, say).</summary>
    Task<IEnumerable<Permission>> GetPermissionsAsync();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [];
}

public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
