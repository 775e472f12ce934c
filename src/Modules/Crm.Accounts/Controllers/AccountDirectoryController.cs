using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Accounts.Controllers;

/// <summary>The accounts a user may see, by name, each leading to its 360 page.</summary>
[Route("admin/accounts")]
public sealed class AccountDirectoryController(IContentQueryFactory queries, AccountVisibility visibility) : Controller
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var all = await visibility.CanSeeAllAsync(User);
        if (!all && !await visibility.CanSeeSomeAsync(User)) return Forbid();

        var query = queries.Query(AccountTypes.Account).Latest().OrderByIndex<AccountIndex, string?>(i => i.Name);
        if (!string.IsNullOrWhiteSpace(q)) query.DisplayTextContains(q);
        // Only their own and their team's accounts for users who may not view everyone's.
        if (!all) visibility.Restrict(query, User);
        var result = await query.ListAsync(Math.Max(page, 1), PageSize, cancellationToken);

        ViewData["Title"] = "Accounts";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Sales"), new("Accounts") };
        return View(new AccountDirectoryViewModel(q ?? "", result));
    }
}
