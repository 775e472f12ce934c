using Microsoft.AspNetCore.Identity;

namespace OrchardCrm.Data.Entities;

public sealed class CrmUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public bool IsEnabled { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A role; its permissions are role claims of type <c>Permission</c>.</summary>
public sealed class CrmRole : IdentityRole
{
    public string? Description { get; set; }
}
