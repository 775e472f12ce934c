using OrchardCrm.Http;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Security;

namespace OrchardCrm.Contents.Endpoints;

/// <summary>
/// The content REST API, for every content type: list (with field filters, sort and paging), read,
/// create, update, publish, unpublish, delete, versions and audit trail. Each call checks the per-type
/// permission (or its "own" variant against the item's owner); errors are RFC 7807 problem details.
/// </summary>
public static class ContentApi
{
    public static void MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/content");
        api.MapGet("", ListAsync);
        api.MapPost("", CreateAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapPut("/{id}", UpdateAsync);
        api.MapDelete("/{id}", DeleteAsync);
        api.MapPost("/{id}/publish", PublishAsync);
        api.MapPost("/{id}/unpublish", UnpublishAsync);
        api.MapGet("/{id}/versions", VersionsAsync);
        api.MapGet("/{id}/audit", AuditAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ClaimsPrincipal user, IContentDefinitionManager definitions, IContentQueryFactory queries, ContentAuthorizer authorizer)
    {
        var type = request.Query["type"].ToString();
        if (type.Length == 0) return ApiProblems.Fields(new() { ["type"] = ["Give the content type to list, e.g. ?type=Account."] });
        if (await definitions.GetTypeDefinitionAsync(type) is null) return ApiProblems.NotFound($"There is no content type '{type}'.");
        if (!await authorizer.CanAsync(user, "ViewContent", type, item: null)) return ApiProblems.Forbidden($"You may not view {type} items.");

        var errors = new Dictionary<string, string[]>();
        var query = ContentListQuery.Apply(queries.Query(type), request.Query, errors);
        var (page, pageSize) = ContentListQuery.Paging(request.Query, errors);
        if (errors.Count > 0) return ApiProblems.Fields(errors);
        if (await authorizer.IsLimitedToOwnAsync(user, "ViewContent", type)) query.OwnedBy(user.Identity!.Name!);
        try
        {
            var result = await query.ListAsync(page, pageSize, request.HttpContext.RequestAborted);
            return Results.Ok(new
            {
                items = result.Items.Select(ContentItemJson.Write),
                totalCount = result.TotalCount,
                page = result.Page,
                pageSize = result.PageSize,
                pageCount = result.PageCount,
            });
        }
        catch (ContentQueryException e)
        {
            return ApiProblems.Fields(new() { ["filter"] = [e.Message] });
        }
    }

    private static async Task<IResult> GetAsync(string id, HttpRequest request, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var options = request.Query["version"] == "published" ? VersionOptions.Published : VersionOptions.Latest;
        var item = await content.GetAsync(id, options);
        if (item is null) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "ViewContent", item.ContentType, item)) return ApiProblems.Forbidden($"You may not view this {item.ContentType}.");
        return Results.Ok(ContentItemJson.Write(item));
    }

    private static async Task<IResult> CreateAsync(JsonObject body, HttpRequest request, ClaimsPrincipal user, IContentDefinitionManager definitions, IContentManager content, ContentAuthorizer authorizer)
    {
        var type = body["ContentType"]?.GetValue<string>() ?? "";
        if (type.Length == 0) return ApiProblems.Fields(new() { ["ContentType"] = ["The content type is required."] });
        if (await definitions.GetTypeDefinitionAsync(type) is null) return ApiProblems.Fields(new() { ["ContentType"] = [$"There is no content type '{type}'."] });
        if (!await authorizer.CanAsync(user, "EditContent", type, item: null)) return ApiProblems.Forbidden($"You may not create {type} items.");
        var publish = request.Query["publish"] != "false";
        if (publish && !await authorizer.CanAsync(user, "PublishContent", type)) return ApiProblems.Forbidden($"You may not publish {type} items; create it with ?publish=false.");

        var item = await content.NewAsync(type);
        ContentItemJson.ApplyParts(body, item);
        if (body["ContentItemId"]?.GetValue<string>() is { Length: > 0 } requestedId) item.ContentItemId = requestedId;
        // Only someone allowed to edit everyone's items may create one in another person's name.
        if (!await authorizer.CanAsync(user, "EditContent", type, new ContentItem { Owner = "" })) item.Owner = user.Identity!.Name;

        var result = await content.CreateAsync(item, publish);
        if (!result.Succeeded) return ApiProblems.Validation(result);
        return Results.Created($"/api/content/{item.ContentItemId}", ContentItemJson.Write(item));
    }

    private static async Task<IResult> UpdateAsync(string id, JsonObject body, HttpRequest request, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest);
        if (item is null) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "EditContent", item.ContentType, item)) return ApiProblems.Forbidden($"You may not edit this {item.ContentType}.");
        var publish = request.Query["publish"] == "true";
        if (publish && !await authorizer.CanAsync(user, "PublishContent", item.ContentType)) return ApiProblems.Forbidden($"You may not publish {item.ContentType} items.");

        // The stamp the client read: a save based on an older one is a conflict, not a silent overwrite.
        if (ContentItemJson.RowVersion(body) is { } stamp && body["ContentItemVersionId"]?.GetValue<string>() is { } version)
        {
            if (stamp != item.RowVersion || version != item.ContentItemVersionId)
                return ApiProblems.Conflict(new ContentConflictException(item.ContentItemId, item.ContentType, item.DisplayText).Message);
        }
        var owner = item.Owner;
        ContentItemJson.ApplyParts(body, item);
        if (item.Owner != owner && !await authorizer.CanAsync(user, "EditContent", item.ContentType, new ContentItem { Owner = "" }))
            return ApiProblems.Forbidden("Only someone who may edit everyone's items can give one to another owner.");
        try
        {
            var result = await content.UpdateAsync(item);
            if (!result.Succeeded) return ApiProblems.Validation(result);
            if (publish) await content.PublishAsync(item);
            return Results.Ok(ContentItemJson.Write(item));
        }
        catch (ContentConflictException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
    }

    private static async Task<IResult> PublishAsync(string id, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest);
        if (item is null) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "PublishContent", item.ContentType, item)) return ApiProblems.Forbidden($"You may not publish {item.ContentType} items.");
        var result = await content.PublishAsync(item);
        return result.Succeeded ? Results.Ok(ContentItemJson.Write(item)) : ApiProblems.Validation(result);
    }

    private static async Task<IResult> UnpublishAsync(string id, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest);
        if (item is null) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "PublishContent", item.ContentType, item)) return ApiProblems.Forbidden($"You may not unpublish {item.ContentType} items.");
        await content.UnpublishAsync(item);
        return Results.Ok(ContentItemJson.Write((await content.GetAsync(id, VersionOptions.Latest))!));
    }

    private static async Task<IResult> DeleteAsync(string id, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest);
        if (item is null) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "DeleteContent", item.ContentType, item)) return ApiProblems.Forbidden($"You may not delete this {item.ContentType}.");
        await content.RemoveAsync(item);
        return Results.NoContent();
    }

    private static async Task<IResult> VersionsAsync(string id, ClaimsPrincipal user, IContentManager content, ContentAuthorizer authorizer)
    {
        var versions = await content.ListVersionsAsync(id);
        if (versions.Count == 0) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "ViewContent", versions[^1].ContentType, versions[^1])) return ApiProblems.Forbidden("You may not view this item.");
        return Results.Ok(versions.Select(ContentItemJson.Write));
    }

    private static async Task<IResult> AuditAsync(string id, ClaimsPrincipal user, IContentManager content, IAuditTrail auditTrail, ContentAuthorizer authorizer)
    {
        var versions = await content.ListVersionsAsync(id);
        if (versions.Count == 0) return ApiProblems.NotFound($"There is no content item '{id}'.");
        if (!await authorizer.CanAsync(user, "ViewContent", versions[^1].ContentType, versions[^1])) return ApiProblems.Forbidden("You may not view this item.");
        return Results.Ok(await auditTrail.ListForItemAsync(id));
    }
}
