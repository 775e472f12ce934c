using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;

namespace OrchardCrm.Workflows.Scripting;

/// <summary>
/// Renders workflow Liquid with Fluid: its default options (no file system, only the values given), with
/// limits on template size, steps (what bounds a template's running time: a loop of a hundred million
/// turns stops at the step limit), recursion and output, and a time-out for renderings that wait. The
/// model's objects go in as dictionaries and lists, so templates read values and cannot reach .NET members.
/// </summary>
public static class LiquidEvaluator
{
    public const int MaxTemplateLength = 20_000;
    public const int MaxSteps = 100_000;
    public const int MaxOutputSize = 256_000;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly FluidParser Parser = new();

    /// <summary>Built once: options are immutable and shared between renderings.</summary>
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(MaxSteps)
        .WithMaxRecursion(20)
        .WithMaxOutputSize(MaxOutputSize)
        .Build();

    public static async Task<string> RenderAsync(string template, IReadOnlyDictionary<string, object?> model, TextEncoder? encoder = null, CancellationToken cancellationToken = default)
    {
        if (template.Length > MaxTemplateLength) throw new WorkflowScriptException($"The Liquid template is longer than {MaxTemplateLength} characters.");
        if (!template.Contains("{{") && !template.Contains("{%")) return template;
        if (!Parser.TryParse(template, out var parsed, out var error)) throw new WorkflowScriptException($"Liquid does not parse: {error}");

        var context = new TemplateContext(Options);
        foreach (var (key, value) in model)
            if (value is not null) context.SetValue(key, value);
        try
        {
            var render = parsed.RenderAsync(context, encoder ?? NullEncoder.Default).AsTask();
            var finished = await Task.WhenAny(render, Task.Delay(Timeout, cancellationToken));
            if (finished != render) throw new WorkflowScriptException($"Liquid ran longer than {Timeout.TotalSeconds:0.#} s and was stopped.");
            return await render;
        }
        catch (WorkflowScriptException) { throw; }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new WorkflowScriptException($"Liquid failed: {ex.Message}", ex);
        }
    }

    /// <summary>Null when the template parses, else the parser's message.</summary>
    public static string? Check(string template) => Parser.TryParse(template, out _, out var error) ? null : error;

    public static string? CheckExpression(string expression) => Check(ConditionTemplate(expression));

    /// <summary>A Liquid condition ("Amount > 25000") as a template that renders "true" when it holds.</summary>
    public static string ConditionTemplate(string expression) => "{% if " + expression + " %}true{% else %}false{% endif %}";

    /// <summary>JSON turned into what Fluid reads natively: dictionaries, lists, numbers, strings, booleans.</summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.OrdinalIgnoreCase),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<object>() is JsonElement e ? e.GetString() : value.ToString(),
            JsonValueKind.Number => value.TryGetValue<decimal>(out var d) ? d : decimal.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
