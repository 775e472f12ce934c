using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Url": "https://example.com", "Text": "Website" }</c>: an absolute http, https or mailto address
/// and an optional label. MaxLength bounds the address. Indexed by its address.
/// </summary>
public sealed class LinkFieldKind : IFieldKind
{
    private const string UrlProperty = nameof(LinkField.Url);
    private const string TextProperty = nameof(LinkField.Text);
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    public string Name => FieldKinds.Link;

    public JsonObject? CreateDefault(FieldSettings settings) =>
        string.IsNullOrWhiteSpace(settings.DefaultValue) ? null : new JsonObject { [UrlProperty] = settings.DefaultValue.Trim() };

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        foreach (var property in new[] { UrlProperty, TextProperty })
        {
            if (!FieldJson.TryString(field, property, out var value) || value is null) continue;
            if (string.IsNullOrWhiteSpace(value)) field.Remove(property);
            else field[property] = value.Trim();
        }
    }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        var name = context.Definition.DisplayName;
        var urlRead = FieldJson.TryString(context.Field, UrlProperty, out var url);
        var textRead = FieldJson.TryString(context.Field, TextProperty, out var text);
        if (!urlRead) context.Fail($"{name} must have an address (text).");
        if (!textRead) context.Fail($"{name} must have a label that is text.");
        if (!urlRead || !textRead) return ValueTask.CompletedTask;

        if (string.IsNullOrWhiteSpace(url))
        {
            if (context.Settings.Required) context.Fail(FieldMessages.Required(context));
            else if (!string.IsNullOrWhiteSpace(text)) context.Fail($"{name} has a label but no address.");
            return ValueTask.CompletedTask;
        }
        url = url.Trim();
        if (context.Settings.MaxLength is { } maxLength && url.Length > maxLength) context.Fail(FieldMessages.TooLong(context, maxLength));
        if (!IsAllowed(url)) context.Fail($"{name} must be an absolute http, https or mailto address, such as https://example.com.");
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        FieldJson.TryString(field, UrlProperty, out var url) && !string.IsNullOrWhiteSpace(url)
            ? [new FieldIndexEntry(FieldIndexKind.Text, url.Trim())]
            : [];

    public string ToDisplayText(JsonObject? field)
    {
        if (!FieldJson.TryString(field, UrlProperty, out var url) || string.IsNullOrWhiteSpace(url)) return "";
        return FieldJson.TryString(field, TextProperty, out var text) && !string.IsNullOrWhiteSpace(text)
            ? $"{text.Trim()} ({url.Trim()})"
            : url.Trim();
    }

    public static bool IsAllowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeMailto ? url.Contains('@') : uri.Host.Length > 0);
}
