using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;
using OrchardCrm.Settings;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// The "settings" step: <c>{ "name": "settings", "SiteName": "...", "DefaultCurrency": "EUR", "PageSize": 25,
/// "SomeModule": { ... } }</c>. The site's own settings by name; any other key is a module's section (an
/// object), whose values are merged into the stored section. Nothing is saved when nothing changes, so
/// the settings document keeps its serial on a second run.
/// </summary>
public sealed class SettingsStep(ISiteService site) : IRecipeStepHandler
{
    public string Name => "settings";

    private static readonly string[] SiteKeys = ["SiteName", "TimeZoneId", "Culture", "DefaultCurrency", "PageSize", "SuperUser"];

    public Task ValidateAsync(RecipeStepContext context)
    {
        Apply(context, new SiteSettings());
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var current = await site.GetSiteSettingsAsync();
        var before = JsonSerializer.Serialize(current, ContentJson.Options);
        Apply(context, current);
        if (context.Errors.Count > 0) return;
        if (JsonSerializer.Serialize(current, ContentJson.Options) == before) return;
        await site.UpdateSiteSettingsAsync(settings => Apply(context, settings));
    }

    /// <summary>Checks each value and sets it on <paramref name="settings"/>; a bad value is reported and left out.</summary>
    private static void Apply(RecipeStepContext context, SiteSettings settings)
    {
        foreach (var (key, value) in context.Step)
        {
            switch (key)
            {
                case "name":
                    break;
                case "SiteName":
                    if (StepJson.AsString(value) is { } siteName && siteName.Trim().Length > 0) settings.SiteName = siteName.Trim();
                    else context.Fail(key, "must be a non-empty string.");
                    break;
                case "SuperUser":
                    if (StepJson.AsString(value) is { Length: > 0 } superUser) settings.SuperUser = superUser;
                    else context.Fail(key, "must be a user id.");
                    break;
                case "TimeZoneId":
                    if (StepJson.AsString(value) is { } zone && TimeZoneExists(zone)) settings.TimeZoneId = zone;
                    else context.Fail(key, $"'{value}' is not a known time zone (use an IANA id such as 'Europe/Paris').");
                    break;
                case "Culture":
                    if (StepJson.AsString(value) is { } culture && CultureExists(culture)) settings.Culture = culture;
                    else context.Fail(key, $"'{value}' is not a known culture (such as 'en-US').");
                    break;
                case "DefaultCurrency":
                    if (StepJson.AsString(value) is { Length: 3 } currency && currency.All(char.IsAsciiLetterUpper)) settings.DefaultCurrency = currency;
                    else context.Fail(key, $"'{value}' is not an ISO 4217 currency code (three capital letters, such as 'EUR').");
                    break;
                case "PageSize":
                    if (value?.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue<int>(out var size) && size is >= 1 and <= 500) settings.PageSize = size;
                    else context.Fail(key, "must be a whole number from 1 to 500.");
                    break;
                case "SetupCompletedUtc":
                    context.Fail(key, "is recorded by setup and cannot be set by a recipe.");
                    break;
                default:
                    if (value is JsonObject section) Merge(settings.Properties, key, section);
                    else context.Fail(key, $"is not a site setting ({string.Join(", ", SiteKeys)}); a module's section must be an object.");
                    break;
            }
        }
    }

    private static void Merge(JsonObject properties, string sectionName, JsonObject values)
    {
        if (properties[sectionName] is not JsonObject target)
        {
            target = new JsonObject();
            properties[sectionName] = target;
        }
        foreach (var (key, value) in values) target[key] = value?.DeepClone();
    }

    private static bool TimeZoneExists(string id)
    {
        try { TimeZoneInfo.FindSystemTimeZoneById(id); return true; }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException) { return false; }
    }

    private static bool CultureExists(string name)
    {
        try { return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null; }
        catch (CultureNotFoundException) { return false; }
    }
}
