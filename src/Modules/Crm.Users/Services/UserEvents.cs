using OrchardCrm.Events;

namespace OrchardCrm.Users.Services;

/// <summary>The events the users module raises.</summary>
public static class UserEvents
{
    public const string SignedInName = "UserSignedIn";

    public static readonly CrmEventDescriptor SignedInDescriptor = new(
        SignedInName, "User signed in", "Users",
        "A user signed in on the sign-in page, with the right password. Carries the user name.",
        ["UserName"]);

    public static CrmEvent SignedIn(string userName) =>
        new(SignedInName, new Dictionary<string, object?> { ["UserName"] = userName });
}
