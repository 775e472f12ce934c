using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "ContentItemIds": ["4k2..."] }</c>: references to content items that exist (latest or published,
/// not removed), of the AllowedContentTypes when set; one unless Multiple. Each id is a reference index entry.
/// </summary>
public sealed class ContentPickerFieldKind : StringListFieldKind
{
    public override string Name => FieldKinds.ContentPicker;
    protected override string Property => nameof(ContentPickerField.ContentItemIds);
    protected override string Expected => "a list of content item ids";
    protected override FieldIndexKind IndexKind => FieldIndexKind.Reference;

    protected override async ValueTask CheckAsync(IReadOnlyList<string> values, FieldValidationContext context)
    {
        var db = context.Services.GetRequiredService<CrmDbContext>();
        var ids = values.ToList();
        var found = await db.ContentItemIndex.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId) && (i.Latest || i.Published))
            .Select(i => new { i.ContentItemId, i.ContentType })
            .ToListAsync();
        var types = found.GroupBy(i => i.ContentItemId).ToDictionary(g => g.Key, g => g.First().ContentType, StringComparer.Ordinal);
        // An item may refer to itself before it is first stored.
        if (context.ContentItem.ContentItemId is { Length: > 0 } self) types.TryAdd(self, context.ContentItem.ContentType);

        var allowed = context.Settings.AllowedContentTypes;
        foreach (var id in ids)
        {
            if (!types.TryGetValue(id, out var type))
                context.Fail($"{context.Definition.DisplayName} refers to '{id}', which is not an existing content item.");
            else if (allowed.Count > 0 && !allowed.Contains(type, StringComparer.Ordinal))
                context.Fail($"{context.Definition.DisplayName} refers to '{id}', a {type}; it accepts only {string.Join(", ", allowed)}.");
        }
    }
}
