namespace OrchardCrm.Common;

/// <summary>Who is acting: the signed-in user of the request, or the command-line/system actor.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id, or null for the system.</summary>
    string? UserId { get; }

    /// <summary>The user name (or "system"), as written in audit trails and as owner/author of content.</summary>
    string UserName { get; }

    bool IsAuthenticated { get; }
}
