namespace OrchardCrm.ContentTypes.Services;

/// <summary>
/// Problems found before a change is saved, each keyed by the form field it concerns (the view
/// model's property name), so that the page shows it beside that field. A change with errors is not applied.
/// </summary>
public sealed class EditorErrors
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public IReadOnlyList<KeyValuePair<string, string>> All => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message) => _errors.Add(new(field, message));

    public void AddIf(string field, string? message)
    {
        if (message is not null) Add(field, message);
    }
}
