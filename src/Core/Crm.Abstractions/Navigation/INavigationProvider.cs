namespace OrchardCrm.Navigation;

/// <summary>A module's entries in the admin menu. Register with <c>services.AddNavigationProvider&lt;T&gt;()</c>.</summary>
public interface INavigationProvider
{
    void BuildNavigation(NavigationBuilder builder);
}

public sealed class NavigationBuilder
{
    public List<MenuItem> Items { get; } = [];

    /// <summary>Adds or finds a top-level entry by text, and lets the caller fill it.</summary>
    public NavigationBuilder Add(string text, string? url = null, Security.Permission? permission = null, int position = 0, string? icon = null, Action<MenuItem>? children = null)
    {
        var item = Items.FirstOrDefault(i => i.Text == text);
        if (item is null)
        {
            item = new MenuItem { Text = text };
            Items.Add(item);
        }
        item.Url ??= url;
        item.Permission ??= permission;
        item.Icon ??= icon;
        if (position != 0) item.Position = position;
        children?.Invoke(item);
        return this;
    }
}

public sealed class MenuItem
{
    public required string Text { get; init; }
    public string? Url { get; set; }
    public string? Icon { get; set; }
    public int Position { get; set; }
    public Security.Permission? Permission { get; set; }
    public List<MenuItem> Children { get; } = [];

    public MenuItem Add(string text, string url, Security.Permission? permission = null, int position = 0)
    {
        Children.Add(new MenuItem { Text = text, Url = url, Permission = permission, Position = position });
        return this;
    }
}

/// <summary>The admin menu of the enabled features (trimming to the user's permissions is the theme's job).</summary>
public interface INavigationManager
{
    IReadOnlyList<MenuItem> BuildMenu();

    /// <summary>The menu trimmed to what the user may open.</summary>
    Task<IReadOnlyList<MenuItem>> BuildMenuAsync(System.Security.Claims.ClaimsPrincipal user);
}
