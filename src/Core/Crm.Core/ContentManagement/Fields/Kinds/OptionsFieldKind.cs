using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Values": ["Retail"] }</c>: values chosen among the settings' Options (stored in the option's own
/// spelling); more than one only when Multiple. Each value is a text index entry.
/// </summary>
public sealed class OptionsFieldKind : StringListFieldKind
{
    public override string Name => FieldKinds.Options;
    protected override string Property => nameof(OptionsField.Values);
    protected override string Expected => "a list of options";
    protected override StringComparer Sameness => StringComparer.OrdinalIgnoreCase;

    protected override string Canonical(string value, FieldSettings settings) =>
        settings.Options.FirstOrDefault(o => string.Equals(o.Trim(), value, StringComparison.OrdinalIgnoreCase))?.Trim() ?? value;

    protected override ValueTask CheckAsync(IReadOnlyList<string> values, FieldValidationContext context)
    {
        var options = context.Settings.Options.Select(o => o.Trim()).ToList();
        foreach (var value in values.Where(v => !options.Contains(v, StringComparer.OrdinalIgnoreCase)))
        {
            context.Fail(options.Count == 0
                ? $"{context.Definition.DisplayName} has no options to choose from; '{value}' cannot be chosen."
                : $"'{value}' is not an option of {context.Definition.DisplayName}; choose among {string.Join(", ", options)}.");
        }
        return ValueTask.CompletedTask;
    }
}
