using System.Security.Claims;
using OrchardCrm.Modules;
using OrchardCrm.Security;

namespace OrchardCrm.Navigation;

/// <summary>Builds the admin menu from the enabled features' providers, ordered by position then text.</summary>
public sealed class NavigationManager(IEnabled<INavigationProvider> providers, IPermissionService permissions) : INavigationManager
{
    public IReadOnlyList<MenuItem> BuildMenu()
    {
        var builder = new NavigationBuilder();
        foreach (var provider in providers) provider.BuildNavigation(builder);
        return Sort(builder.Items);
    }

    /// <summary>The menu without the entries the user may not open; a parent left with no entry and no page of its own goes too.</summary>
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(ClaimsPrincipal user)
    {
        var trimmed = new List<MenuItem>();
        foreach (var item in BuildMenu())
        {
            var kept = await TrimAsync(item, user);
            if (kept is not null) trimmed.Add(kept);
        }
        return trimmed;
    }

    private async Task<MenuItem?> TrimAsync(MenuItem item, ClaimsPrincipal user)
    {
        if (item.Permission is not null && !await permissions.IsGrantedAsync(user, item.Permission)) return null;
        var copy = new MenuItem { Text = item.Text, Url = item.Url, Icon = item.Icon, Position = item.Position, Permission = item.Permission };
        foreach (var child in item.Children)
        {
            var kept = await TrimAsync(child, user);
            if (kept is not null) copy.Children.Add(kept);
        }
        return copy.Children.Count == 0 && copy.Url is null ? null : copy;
    }

    private static List<MenuItem> Sort(IEnumerable<MenuItem> items)
    {
        var sorted = items.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.CurrentCulture).ToList();
        foreach (var item in sorted)
        {
            var children = Sort(item.Children);
            item.Children.Clear();
            item.Children.AddRange(children);
        }
        return sorted;
    }
}
