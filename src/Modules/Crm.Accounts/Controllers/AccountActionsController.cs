using OrchardCrm.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data.Entities;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Accounts.Controllers;

/// <summary>
/// The pages over the account services: likely duplicates of an account or contact, merging one into
/// another after confirming, and handing an account over. The checks are the JSON API's: view to list,
/// edit on the survivor (and edit and delete on the item that goes) to merge, edit to hand over.
/// </summary>
public sealed class AccountActionsController(
    IContentManager content,
    IContentQueryFactory queries,
    IContentAuthorizer authorizer,
    DuplicateFinder finder,
    AccountMergeService accountMerger,
    ContactMergeService contactMerger,
    HandoverService handover,
    UserManager<CrmUser> users,
    INotifier notifier) : Controller
{
    private const string Accounts = "/admin/accounts";
    private const string Contacts = "/admin/contacts";
    private const int MaxUsers = 500;

    [HttpGet("admin/accounts/{id}/duplicates")]
    public Task<IActionResult> AccountDuplicates(string id, CancellationToken cancellationToken) =>
        DuplicatesAsync(id, AccountTypes.Account, item => finder.FindAccountDuplicatesAsync(item, cancellationToken), cancellationToken);

    [HttpGet("admin/contacts/{id}/duplicates")]
    public Task<IActionResult> ContactDuplicates(string id, CancellationToken cancellationToken) =>
        DuplicatesAsync(id, AccountTypes.Contact, item => finder.FindContactDuplicatesAsync(item, cancellationToken), cancellationToken);

    [HttpGet("admin/accounts/{id}/merge")]
    public Task<IActionResult> ConfirmAccountMerge(string id, string? from, CancellationToken cancellationToken) =>
        ConfirmAsync(id, from, AccountTypes.Account, cancellationToken);

    [HttpGet("admin/contacts/{id}/merge")]
    public Task<IActionResult> ConfirmContactMerge(string id, string? from, CancellationToken cancellationToken) =>
        ConfirmAsync(id, from, AccountTypes.Contact, cancellationToken);

    [HttpPost("admin/accounts/{id}/merge")]
    public Task<IActionResult> MergeAccount(string id, [FromForm] string? from, CancellationToken cancellationToken) =>
        MergeAsync(id, from, AccountTypes.Account, merged => accountMerger.MergeAsync(id, merged, cancellationToken), cancellationToken);

    [HttpPost("admin/contacts/{id}/merge")]
    public Task<IActionResult> MergeContact(string id, [FromForm] string? from, CancellationToken cancellationToken) =>
        MergeAsync(id, from, AccountTypes.Contact, merged => contactMerger.MergeAsync(id, merged, cancellationToken), cancellationToken);

    [HttpGet("admin/accounts/{id}/handover")]
    public async Task<IActionResult> Handover(string id, CancellationToken cancellationToken)
    {
        var account = await FindAsync(id, AccountTypes.Account, cancellationToken);
        if (account is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, account)) return Forbid();
        return View(Fill(new HandoverViewModel(), account));
    }

    [HttpPost("admin/accounts/{id}/handover")]
    public async Task<IActionResult> Handover(string id, HandoverViewModel model, CancellationToken cancellationToken)
    {
        var account = await FindAsync(id, AccountTypes.Account, cancellationToken);
        if (account is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, account)) return Forbid();
        if (string.IsNullOrWhiteSpace(model.To)) ModelState.AddModelError(nameof(model.To), "Choose the new owner.");
        if (!ModelState.IsValid) return View(Fill(model, account));
        try
        {
            var result = await handover.HandOverAsync(id, new HandoverRequest(model.To!, model.IncludeOpenTasks, Note: model.Note), cancellationToken);
            notifier.Success($"Handed over to {result.To}." + (model.IncludeOpenTasks ? $" {result.TasksMoved} open tasks moved with it." : ""));
            return Redirect($"{Accounts}/{Uri.EscapeDataString(id)}/handover");
        }
        catch (AccountOperationException e)
        {
            ModelState.AddModelError(e.Field == "to" ? nameof(model.To) : "", e.Message);
        }
        catch (ContentConflictException e)
        {
            ModelState.AddModelError("", e.Message + " Nothing was handed over; try again.");
        }
        return View(Fill(model, (await FindAsync(id, AccountTypes.Account, cancellationToken)) ?? account));
    }

    private async Task<IActionResult> DuplicatesAsync(string id, string type, Func<ContentItem, Task<IReadOnlyList<DuplicateCandidate>>> find, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, type, cancellationToken);
        if (item is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentTypePermissionNames.View, item)) return Forbid();
        // Only what this user may see: a duplicate check must not reveal other people's items.
        var visible = new List<DuplicateCandidate>();
        foreach (var candidate in await find(item))
            if (await authorizer.CanAsync(User, ContentTypePermissionNames.View, new ContentItem { ContentType = type, Owner = candidate.Owner })) visible.Add(candidate);
        return View("Duplicates", new MergeDuplicatesViewModel(id, item.DisplayText, Noun(type), BasePath(type), visible));
    }

    private async Task<IActionResult> ConfirmAsync(string id, string? from, string type, CancellationToken cancellationToken)
    {
        var survivor = await FindAsync(id, type, cancellationToken);
        if (survivor is null) return NotFound();
        var merged = string.IsNullOrWhiteSpace(from) ? null : await FindAsync(from, type, cancellationToken);
        if (merged is null)
        {
            notifier.Error($"There is no {Noun(type)} '{from}' to merge into this one.");
            return Redirect($"{BasePath(type)}/{Uri.EscapeDataString(id)}/duplicates");
        }
        if (!await MayMergeAsync(survivor, merged)) return Forbid();
        return View("ConfirmMerge", await ConfirmModelAsync(survivor, merged, cancellationToken));
    }

    private async Task<IActionResult> MergeAsync(string id, string? from, string type, Func<string, Task<MergeResult>> merge, CancellationToken cancellationToken)
    {
        var survivor = await FindAsync(id, type, cancellationToken);
        if (survivor is null) return NotFound();
        if (string.IsNullOrWhiteSpace(from))
        {
            notifier.Error($"Choose the {Noun(type)} to merge into this one.");
            return Redirect($"{BasePath(type)}/{Uri.EscapeDataString(id)}/duplicates");
        }
        var merged = await content.GetAsync(from, VersionOptions.Latest, cancellationToken);
        if (merged is not null && !await MayMergeAsync(survivor, merged)) return Forbid();
        if (merged is null && !await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, survivor)) return Forbid();
        try
        {
            var result = await merge(from);
            notifier.Success(result.AlreadyMerged
                ? $"It had been merged into {survivor.DisplayText} already; nothing more to do."
                : $"Merged {merged?.DisplayText} into {survivor.DisplayText}: {Summary(result, type)}.");
            return Redirect($"{BasePath(type)}/{Uri.EscapeDataString(id)}/duplicates");
        }
        catch (AccountOperationException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (ContentConflictException e)
        {
            ModelState.AddModelError("", e.Message + " Merge again: it continues where it stopped.");
        }
        if (merged is null || merged.ContentType != type)
        {
            foreach (var error in ModelState.Values.SelectMany(v => v.Errors)) notifier.Error(error.ErrorMessage);
            return Redirect($"{BasePath(type)}/{Uri.EscapeDataString(id)}/duplicates");
        }
        return View("ConfirmMerge", await ConfirmModelAsync(survivor, merged, cancellationToken));
    }

    private async Task<bool> MayMergeAsync(ContentItem survivor, ContentItem merged) =>
        await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, survivor)
        && await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, merged)
        && await authorizer.CanAsync(User, ContentTypePermissionNames.Delete, merged);

    /// <summary>Counts what refers to the item that goes, with the same filters the merge services repoint by.</summary>
    private async Task<MergeConfirmViewModel> ConfirmModelAsync(ContentItem survivor, ContentItem merged, CancellationToken cancellationToken)
    {
        var id = merged.ContentItemId;
        List<string> moves;
        if (survivor.ContentType == AccountTypes.Account)
        {
            var activities = await queries.Query(AccountTypes.Activity).Latest().Where(AccountFields.Activity(nameof(ActivityPart.Account)).Equal(id)).CountAsync(cancellationToken);
            var tasks = await queries.Query(AccountTypes.Task).Latest().Where(AccountFields.Task(nameof(TaskPart.Account)).Equal(id)).CountAsync(cancellationToken);
            var contacts = await queries.Query(AccountTypes.Contact).Latest().WhereIndex<ContactIndex>(i => i.AccountId == id).CountAsync(cancellationToken);
            var children = await queries.Query(AccountTypes.Account).Latest().Where(AccountFields.Account(nameof(AccountPart.ParentAccount)).Equal(id)).CountAsync(cancellationToken);
            moves = [Count(activities, "activity", "activities"), Count(tasks, "task", "tasks"), Count(contacts, "contact", "contacts"), Count(children, "child account", "child accounts")];
        }
        else
        {
            var activities = await queries.Query(AccountTypes.Activity).Latest().Where(AccountFields.Activity(nameof(ActivityPart.Contacts)).Equal(id)).CountAsync(cancellationToken);
            var tasks = await queries.Query(AccountTypes.Task).Latest().Where(AccountFields.Task(nameof(TaskPart.Contact)).Equal(id)).CountAsync(cancellationToken);
            var reports = await queries.Query(AccountTypes.Contact).Latest().Where(AccountFields.Contact(nameof(ContactPart.ReportsTo)).Equal(id)).CountAsync(cancellationToken);
            moves = [Count(activities, "activity", "activities"), Count(tasks, "task", "tasks"), Count(reports, "person reporting to them", "people reporting to them")];
        }
        var type = survivor.ContentType;
        return new MergeConfirmViewModel(survivor.ContentItemId, survivor.DisplayText, id, merged.DisplayText, Noun(type), BasePath(type), moves);
    }

    private HandoverViewModel Fill(HandoverViewModel model, ContentItem account)
    {
        model.AccountId = account.ContentItemId;
        model.AccountName = account.DisplayText;
        model.CurrentOwner = account.Owner;
        model.UserNames = [.. users.Users.Where(u => u.IsEnabled).OrderBy(u => u.UserName).Select(u => u.UserName!).Take(MaxUsers)];
        return model;
    }

    private async Task<ContentItem?> FindAsync(string id, string type, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item?.ContentType == type ? item : null;
    }

    private static string Summary(MergeResult result, string type) => string.Join(", ", type == AccountTypes.Account
        ? [Count(result.ActivitiesMoved, "activity", "activities"), Count(result.TasksMoved, "task", "tasks"), Count(result.ContactsRelinked, "contact", "contacts"), Count(result.ChildrenMoved, "child account", "child accounts")]
        : new[] { Count(result.ActivitiesMoved, "activity", "activities"), Count(result.TasksMoved, "task", "tasks"), Count(result.ContactsRelinked, "report", "reports") }) + " moved";

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static string Noun(string type) => type.ToLowerInvariant();

    private static string BasePath(string type) => type == AccountTypes.Account ? Accounts : Contacts;
}
