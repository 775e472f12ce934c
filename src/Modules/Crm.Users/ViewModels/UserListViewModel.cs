namespace OrchardCrm.Users.ViewModels;

public sealed class UserListViewModel
{
    public string? Query { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; }
    public int TotalCount { get; init; }
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public required IReadOnlyList<UserRow> Users { get; init; }
    public bool CanManage { get; init; }
}

public sealed record UserRow(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsEnabled, bool IsLockedOut, bool IsCurrentUser);
