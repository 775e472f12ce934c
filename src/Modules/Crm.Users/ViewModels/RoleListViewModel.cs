namespace OrchardCrm.Users.ViewModels;

public sealed record RoleRow(string Id, string Name, string? Description, int UserCount, int PermissionCount, bool IsAdministrator);
