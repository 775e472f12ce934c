namespace OrchardCrm.Accounts.Models;

/// <summary>The content types and parts this module defines (in its migrations).</summary>
public static class AccountTypes
{
    public const string Account = "Account";
    public const string Contact = "Contact";
    public const string Activity = "Activity";
    public const string Task = "Task";
}
