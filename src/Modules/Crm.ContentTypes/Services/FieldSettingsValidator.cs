using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentTypes.Services;

/// <summary>
/// Checks a field's settings before they are saved: settings that contradict each other (a minimum
/// above the maximum), names that do not exist (allowed content types), and a default value that the
/// field itself would refuse, checked by the field kind's own validation so the rules never drift apart.
/// </summary>
public sealed partial class FieldSettingsValidator(IFieldKindRegistry kinds, IContentDefinitionManager definitions, IServiceProvider services)
{
    public const string StandardEditor = "Standard";
    public const string TextAreaEditor = "TextArea";

    public async Task<EditorErrors> ValidateAsync(string partName, ContentPartFieldDefinition field)
    {
        var errors = new EditorErrors();
        var settings = field.FieldSettings;
        var applicable = FieldKindSettings.For(field.FieldKind);

        if (settings.MaxLength is < 1)
            errors.Add(FieldKindSettings.MaxLength, "The maximum length must be at least 1.");
        if (FieldKindSettings.CountsValues(field.FieldKind))
        {
            if (settings.Minimum is < 0) errors.Add(FieldKindSettings.Minimum, "The minimum number of values cannot be negative.");
            if (settings.Maximum is < 1) errors.Add(FieldKindSettings.Maximum, "The maximum number of values must be at least 1.");
        }
        if (settings is { Minimum: { } minimum, Maximum: { } maximum } && minimum > maximum)
            errors.Add(FieldKindSettings.Minimum, $"The minimum ({minimum}) is greater than the maximum ({maximum}).");

        if (applicable.Contains(FieldKindSettings.Options) && field.FieldKind == FieldKinds.Options)
        {
            if (settings.Options.Count == 0)
                errors.Add(FieldKindSettings.Options, "Give at least one option, one per line.");
            var duplicate = settings.Options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                errors.Add(FieldKindSettings.Options, $"The option '{duplicate.Key}' is listed twice.");
        }

        if (settings.DefaultCurrency is { Length: > 0 } currency && !CurrencyCode().IsMatch(currency))
            errors.Add(FieldKindSettings.DefaultCurrency, $"'{currency}' is not a currency code: use three letters, e.g. USD or EUR.");

        if (settings.Editor is { Length: > 0 } editor && editor != StandardEditor && editor != TextAreaEditor)
            errors.Add(FieldKindSettings.Editor, $"The editor must be '{StandardEditor}' or '{TextAreaEditor}'.");

        if (settings.AllowedContentTypes.Count > 0)
        {
            var types = (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in settings.AllowedContentTypes.Where(t => !types.Contains(t)))
                errors.Add(FieldKindSettings.AllowedContentTypes, $"There is no content type named '{unknown}'.");
        }

        // A default is only worth checking once the settings it depends on (options, bounds) are sound.
        if (errors.IsValid && !string.IsNullOrWhiteSpace(settings.DefaultValue))
            await ValidateDefaultAsync(partName, field, settings, errors);
        return errors;
    }

    private async Task ValidateDefaultAsync(string partName, ContentPartFieldDefinition field, FieldSettings settings, EditorErrors errors)
    {
        if (kinds.Find(field.FieldKind) is not { } kind) return;
        var json = kind.CreateDefault(settings);
        if (json is null)
        {
            errors.Add(FieldKindSettings.DefaultValue, $"'{settings.DefaultValue}' is not a valid default value. {FieldKindSettings.DefaultValueHint(field.FieldKind)}");
            return;
        }
        kind.Normalize(json, settings);
        var item = new ContentItem { ContentType = partName };
        item.GetOrCreatePart(partName)[field.Name] = json;
        var context = new FieldValidationContext(item, partName, field, json, services);
        await kind.ValidateAsync(context);
        foreach (var message in context.Errors)
            errors.Add(FieldKindSettings.DefaultValue, $"The default value is not valid: {message}");
    }

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyCode();
}
