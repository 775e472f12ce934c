using OrchardCrm.Http;
using OrchardCrm.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Api;

/// <param name="From">The id of the item merged into the one in the route (which survives).</param>
public sealed record MergeBody(string? From);

/// <param name="To">The user name of the new owner.</param>
public sealed record HandoverBody(string? To, bool IncludeOpenTasks = false, bool IncludeOpenDeals = false, string? Note = null);

/// <summary>
/// The JSON API over the account services: duplicates, merge, handover and timeline. Reads need the view
/// permission of the type, changes the edit permission (merging also the delete permission on the item
/// that goes), each honouring its "own" variant against the item's owner. Errors are problem details.
/// </summary>
public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/accounts/{id}/duplicates", AccountDuplicatesAsync);
        routes.MapGet("/api/contacts/{id}/duplicates", ContactDuplicatesAsync);
        routes.MapPost("/api/accounts/{id}/merge", MergeAccountsAsync);
        routes.MapPost("/api/contacts/{id}/merge", MergeContactsAsync);
        routes.MapPost("/api/accounts/{id}/handover", HandOverAsync);
        routes.MapGet("/api/accounts/{id}/timeline", TimelineAsync);
    }

    private static async Task<IResult> AccountDuplicatesAsync(string id, ClaimsPrincipal user, IContentManager content, AccountVisibility visibility, DuplicateFinder finder, CancellationToken cancellationToken) =>
        await DuplicatesAsync(id, AccountTypes.Account, user, content,
            async item => await visibility.CanSeeAsync(user, item), item => finder.FindAccountDuplicatesAsync(item, cancellationToken),
            // An account's team is in its document, not in the candidate: load it to check.
            async candidate => await FindAsync(content, candidate.ContentItemId, AccountTypes.Account, cancellationToken) is { } other && await visibility.CanSeeAsync(user, other),
            cancellationToken);

    private static async Task<IResult> ContactDuplicatesAsync(string id, ClaimsPrincipal user, IContentManager content, IContentAuthorizer authorizer, DuplicateFinder finder, CancellationToken cancellationToken) =>
        await DuplicatesAsync(id, AccountTypes.Contact, user, content,
            item => authorizer.CanAsync(user, ContentTypePermissionNames.View, item), item => finder.FindContactDuplicatesAsync(item, cancellationToken),
            candidate => authorizer.CanAsync(user, ContentTypePermissionNames.View, new ContentItem { ContentType = AccountTypes.Contact, Owner = candidate.Owner }),
            cancellationToken);

    private static async Task<IResult> DuplicatesAsync(string id, string type, ClaimsPrincipal user, IContentManager content, Func<ContentItem, Task<bool>> canView,
        Func<ContentItem, Task<IReadOnlyList<DuplicateCandidate>>> find, Func<DuplicateCandidate, Task<bool>> canViewCandidate, CancellationToken cancellationToken)
    {
        var item = await FindAsync(content, id, type, cancellationToken);
        if (item is null) return NoSuch(type, id);
        if (!await canView(item)) return ApiProblems.Forbidden($"You may not view this {type.ToLowerInvariant()}.");
        var candidates = await find(item);
        // Only the candidates this user may see: a duplicate check must not reveal other people's items.
        var visible = new List<DuplicateCandidate>();
        foreach (var candidate in candidates)
            if (await canViewCandidate(candidate)) visible.Add(candidate);
        return Results.Ok(visible);
    }

    private static Task<IResult> MergeAccountsAsync(string id, MergeBody? body, ClaimsPrincipal user, IContentManager content, IContentAuthorizer authorizer, AccountMergeService merger, CancellationToken cancellationToken) =>
        MergeAsync(id, AccountTypes.Account, body, user, content, authorizer, from => merger.MergeAsync(id, from, cancellationToken), cancellationToken);

    private static Task<IResult> MergeContactsAsync(string id, MergeBody? body, ClaimsPrincipal user, IContentManager content, IContentAuthorizer authorizer, ContactMergeService merger, CancellationToken cancellationToken) =>
        MergeAsync(id, AccountTypes.Contact, body, user, content, authorizer, from => merger.MergeAsync(id, from, cancellationToken), cancellationToken);

    private static async Task<IResult> MergeAsync(string id, string type, MergeBody? body, ClaimsPrincipal user, IContentManager content, IContentAuthorizer authorizer,
        Func<string, Task<MergeResult>> merge, CancellationToken cancellationToken)
    {
        var noun = type.ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(body?.From)) return ApiProblems.Field("from", $"Give the id of the {noun} to merge into this one.");
        var survivor = await FindAsync(content, id, type, cancellationToken);
        if (survivor is null) return NoSuch(type, id);
        if (!await authorizer.CanAsync(user, ContentTypePermissionNames.Edit, survivor)) return ApiProblems.Forbidden($"You may not edit this {noun}.");
        // The merged item may be gone already (a repeated merge): the service recognises that case.
        var merged = await content.GetAsync(body.From, VersionOptions.Latest, cancellationToken);
        if (merged is not null && (!await authorizer.CanAsync(user, ContentTypePermissionNames.Edit, merged) || !await authorizer.CanAsync(user, ContentTypePermissionNames.Delete, merged)))
            return ApiProblems.Forbidden($"You may not merge away '{merged.DisplayText}': that needs the right to edit and delete it.");
        try
        {
            return Results.Ok(await merge(body.From));
        }
        catch (AccountOperationException e)
        {
            return AccountProblems.From(e);
        }
        catch (ContentConflictException e)
        {
            return ApiProblems.Conflict(e.Message + " Run the merge again: it continues where it stopped.");
        }
    }

    private static async Task<IResult> HandOverAsync(string id, HandoverBody? body, ClaimsPrincipal user, IContentManager content, IContentAuthorizer authorizer, HandoverService handover, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.To)) return ApiProblems.Field("to", "Give the user name of the new owner.");
        var account = await FindAsync(content, id, AccountTypes.Account, cancellationToken);
        if (account is null) return NoSuch(AccountTypes.Account, id);
        if (!await authorizer.CanAsync(user, ContentTypePermissionNames.Edit, account)) return ApiProblems.Forbidden("You may not hand this account over.");
        try
        {
            return Results.Ok(await handover.HandOverAsync(id, new HandoverRequest(body.To, body.IncludeOpenTasks, body.IncludeOpenDeals, body.Note), cancellationToken));
        }
        catch (AccountOperationException e)
        {
            return AccountProblems.From(e);
        }
        catch (ContentConflictException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
    }

    private static async Task<IResult> TimelineAsync(string id, HttpRequest request, ClaimsPrincipal user, IContentManager content, AccountVisibility visibility, TimelineService timeline, CancellationToken cancellationToken)
    {
        var account = await FindAsync(content, id, AccountTypes.Account, cancellationToken);
        if (account is null) return NoSuch(AccountTypes.Account, id);
        if (!await visibility.CanSeeAsync(user, account)) return ApiProblems.Forbidden("You may not view this account.");
        if (!TryInt(request, "page", 1, out var page)) return ApiProblems.Field("page", "The page must be a whole number.");
        if (!TryInt(request, "pageSize", 20, out var pageSize)) return ApiProblems.Field("pageSize", "The page size must be a whole number.");
        try
        {
            return Results.Ok(await timeline.ListAsync(id, request.Query["kind"].ToString(), page, pageSize, cancellationToken));
        }
        catch (AccountOperationException e)
        {
            return AccountProblems.From(e);
        }
    }

    private static bool TryInt(HttpRequest request, string name, int fallback, out int value)
    {
        var text = request.Query[name].ToString();
        value = fallback;
        return text.Length == 0 || int.TryParse(text, out value);
    }

    private static async Task<ContentItem?> FindAsync(IContentManager content, string id, string type, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item?.ContentType == type ? item : null;
    }

    private static IResult NoSuch(string type, string id) => ApiProblems.NotFound($"There is no {type.ToLowerInvariant()} '{id}'.");
}
