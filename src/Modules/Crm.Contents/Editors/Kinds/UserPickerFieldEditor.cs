using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A select of the site's users (a multi-select when several may be chosen).</summary>
public sealed class UserPickerFieldEditor(UserManager<CrmUser> users) : IFieldEditor
{
    /// <summary>A select beyond this many users would be unusable; a site that large needs a typeahead.</summary>
    private const int MaxListed = 500;

    public string FieldKind => FieldKinds.UserPicker;
    public string Partial => "UserPickerField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetList(field, "UserIds", context.Values("UserIds"));
        return field;
    }

    // Synchronous queries: modules see Identity's IQueryable but not EF Core's async operators.
    public ValueTask PrepareAsync(FieldEditorModel model, CancellationToken cancellationToken)
    {
        var picked = model.Texts("UserIds", "UserIds").ToList();
        model.Data = users.Users
            .Where(u => u.IsEnabled || picked.Contains(u.Id))
            .OrderBy(u => u.UserName).Take(MaxListed)
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .AsEnumerable()
            .Select(u => new UserChoice(u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? u.Id : $"{u.DisplayName} ({u.UserName})"))
            .ToList();
        return ValueTask.CompletedTask;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken)
    {
        var ids = FieldValues.List(field, "UserIds").ToList();
        if (ids.Count == 0) return ValueTask.FromResult("");
        var names = users.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).AsEnumerable()
            .ToDictionary(u => u.Id, u => u.UserName ?? u.Id);
        return ValueTask.FromResult(string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, id))));
    }
}

public sealed record UserChoice(string Id, string Label);
