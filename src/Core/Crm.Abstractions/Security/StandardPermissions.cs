namespace OrchardCrm.Security;

/// <summary>Kernel permissions.</summary>
public static class StandardPermissions
{
    public static readonly Permission SiteOwner = new("SiteOwner", "Site owners can do anything", Category: "Security");
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", [SiteOwner], "Modules");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes", [SiteOwner], "Modules");
    public static readonly Permission ManageSettings = new("ManageSettings", "Change site settings", [SiteOwner], "Settings");
    public static readonly Permission AccessAdmin = new("AccessAdminPanel", "Open the admin", [SiteOwner], "Admin");
}
