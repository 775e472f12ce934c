namespace OrchardCrm.Notifications;

/// <summary>
/// The module defines no permission on purpose: a notification belongs to one user, every signed-in user
/// sees and marks their own and nobody else's (the pages and API filter by the signed-in user's name, and
/// the fallback policy keeps anonymous callers out). There is nothing for a role to grant.
/// </summary>
internal static class Permissions;
