using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>Reads a settings object stored under its class name (or a given key) in a definition's settings.</summary>
public static class SettingsReader
{
    private static readonly JsonSerializerOptions Options = new(ContentJson.Options)
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    public static T Read<T>(JsonObject settings, string? key = null) where T : new()
    {
        if (settings[key ?? typeof(T).Name] is not JsonObject json) return new T();
        return json.Deserialize<T>(Options) ?? new T();
    }

    public static void Write<T>(JsonObject settings, T value, string? key = null) =>
        settings[key ?? typeof(T).Name] = JsonSerializer.SerializeToNode(value, ContentJson.Options);
}
