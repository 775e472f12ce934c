namespace OrchardCrm.DisplayManagement;

/// <summary>
/// One step of the admin breadcrumbs. A page sets <c>ViewData["Breadcrumbs"]</c> to a list of these
/// (the last one is the page itself, without a link); the admin theme renders them.
/// </summary>
public sealed record Breadcrumb(string Text, string? Url = null)
{
    public const string ViewDataKey = "Breadcrumbs";
}
