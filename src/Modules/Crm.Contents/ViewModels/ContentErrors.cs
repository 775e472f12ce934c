using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.ViewModels;

/// <summary>Messages of a refused save, by "Part.Field" (or "DisplayText"), as the kernel keys them.</summary>
public sealed class ContentErrors : Dictionary<string, List<string>>
{
    public ContentErrors() : base(StringComparer.Ordinal) { }

    public void Add(string key, string message)
    {
        if (!TryGetValue(key, out var messages)) this[key] = messages = [];
        if (!messages.Contains(message)) messages.Add(message);
    }

    /// <summary>Adds the kernel's messages, except for fields whose input could not even be read (their message says more).</summary>
    public void Add(ContentValidationResult result)
    {
        var unreadable = Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var error in result.Errors.Where(e => !unreadable.Contains(e.Key))) Add(error.Key, error.Message);
    }

    public IReadOnlyList<string> For(string key) => TryGetValue(key, out var messages) ? messages : [];
}
