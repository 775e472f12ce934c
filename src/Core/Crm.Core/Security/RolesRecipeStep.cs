using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using OrchardCrm.Data.Entities;
using OrchardCrm.Recipes;

namespace OrchardCrm.Security;

/// <summary>
/// The "Roles" step: <c>{ "name": "Roles", "Roles": [ { "Name": "...", "Description": "...", "Permissions": ["..."] } ] }</c>.
/// Creates missing roles and sets each role's permissions to exactly the list given, so running it
/// twice changes nothing.
/// </summary>
public sealed class RolesRecipeStep(RoleManager<CrmRole> roles, IEnumerable<IPermissionProvider> allProviders) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task ValidateAsync(RecipeStepContext context)
    {
        if (context.Step["Roles"] is not JsonArray list)
        {
            context.Fail("Roles", "must be an array of roles.");
            return;
        }
        // Permissions of any registered feature are accepted: an earlier step of the recipe may enable it.
        var known = new HashSet<string>(KernelPermissions.All.Select(p => p.Name), StringComparer.Ordinal);
        foreach (var provider in allProviders)
            foreach (var permission in await provider.GetPermissionsAsync()) known.Add(permission.Name);

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject role) { context.Fail($"Roles[{i}]", "must be an object."); continue; }
            if (role["Name"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || string.IsNullOrWhiteSpace((string?)role["Name"]))
                context.Fail($"Roles[{i}].Name", "is required.");
            if (role["Permissions"] is null) continue;
            if (role["Permissions"] is not JsonArray permissions) { context.Fail($"Roles[{i}].Permissions", "must be an array of permission names."); continue; }
            for (var j = 0; j < permissions.Count; j++)
            {
                var name = permissions[j]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)permissions[j] : null;
                if (name is null || !known.Contains(name) && !ContentTypePermissionNames.IsContentTypePermission(name))
                    context.Fail($"Roles[{i}].Permissions[{j}]", $"'{permissions[j]}' is not a permission of any feature.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        foreach (var role in context.Step["Roles"]!.AsArray().OfType<JsonObject>())
        {
            var name = (string)role["Name"]!;
            var entity = await roles.FindByNameAsync(name);
            if (entity is null)
            {
                entity = new CrmRole { Name = name, Description = (string?)role["Description"] };
                Check(await roles.CreateAsync(entity), name);
            }
            else if (role["Description"] is not null && entity.Description != (string?)role["Description"])
            {
                entity.Description = (string?)role["Description"];
                Check(await roles.UpdateAsync(entity), name);
            }

            if (role["Permissions"] is not JsonArray permissions) continue;
            var wanted = permissions.Select(p => (string)p!).ToHashSet(StringComparer.Ordinal);
            var current = (await roles.GetClaimsAsync(entity)).Where(c => c.Type == PermissionClaims.Type).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
                Check(await roles.RemoveClaimAsync(entity, claim), name);
            foreach (var permission in wanted.Where(w => current.All(c => c.Value != w)))
                Check(await roles.AddClaimAsync(entity, new Claim(PermissionClaims.Type, permission)), name);
        }
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Role '{role}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
