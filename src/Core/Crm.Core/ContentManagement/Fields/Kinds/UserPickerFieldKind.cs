using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "UserIds": ["..."] }</c>: ids of existing users; one unless Multiple. Each id is a reference index entry.</summary>
public sealed class UserPickerFieldKind : StringListFieldKind
{
    public override string Name => FieldKinds.UserPicker;
    protected override string Property => nameof(UserPickerField.UserIds);
    protected override string Expected => "a list of user ids";
    protected override FieldIndexKind IndexKind => FieldIndexKind.Reference;

    protected override async ValueTask CheckAsync(IReadOnlyList<string> values, FieldValidationContext context)
    {
        var db = context.Services.GetRequiredService<CrmDbContext>();
        var ids = values.ToList();
        var existing = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync();
        foreach (var id in ids.Except(existing, StringComparer.Ordinal))
            context.Fail($"{context.Definition.DisplayName} refers to '{id}', which is not an existing user.");
    }
}
