using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.Controllers;

/// <summary>The "Deals" card on the account 360 page: the account's open deals and what it has been won so far.</summary>
public sealed class AccountDealsSlot : IAccountPageSlot
{
    public string Title => "Deals";
    public int Position => 10;
    public string ViewComponentName => AccountDealsViewComponent.Name;
}

/// <summary>
/// The slot's body. The account page has already checked that the user may see the account, and deals of
/// a visible account are visible (<see cref="IDealAuthorizer"/>), so no further check is needed here.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class AccountDealsViewComponent(IDealQueries queries, IDealBoardQuery board) : ViewComponent
{
    public const string Name = "AccountDeals";
    /// <summary>The won total sums this many of the latest won deals at most; an account has far fewer.</summary>
    private const int MaxWon = 1000;

    public async Task<IViewComponentResult> InvokeAsync(string accountId)
    {
        var open = await queries.OpenForAccountAsync(accountId);
        var won = await board.ListAsync(new DealListQuery(Status: DealStatuses.Won, AccountId: accountId, PageSize: MaxWon, Sort: DealSort.Modified, Descending: true), UserClaimsPrincipal);
        return View(new AccountDealsViewModel(accountId, open, won.TotalCount, won.Items.Sum(d => d.Amount ?? 0)));
    }
}

public sealed record AccountDealsViewModel(string AccountId, IReadOnlyList<DealCard> Open, int WonCount, decimal WonTotal);
