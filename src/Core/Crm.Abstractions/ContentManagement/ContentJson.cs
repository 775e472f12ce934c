using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCrm.ContentManagement;

/// <summary>The one set of JSON options for content: property names as written (PascalCase, as Orchard Core does).</summary>
public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
