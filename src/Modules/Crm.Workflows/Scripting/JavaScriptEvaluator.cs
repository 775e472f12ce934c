using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Jint;
using Jint.Runtime;

namespace OrchardCrm.Workflows.Scripting;

/// <summary>
/// Runs workflow JavaScript in a fresh Jint engine per evaluation, sandboxed: no CLR access (interop is
/// not allowed, and the model goes in as JSON text, never as .NET objects), strict mode, and limits on
/// time, memory, recursion and statements. Globals: <c>input</c>, <c>variables</c>, <c>content</c>, <c>workflow</c>.
/// </summary>
public static class JavaScriptEvaluator
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    public const long MemoryLimitBytes = 8_000_000;
    public const int RecursionLimit = 64;
    public const int StatementLimit = 5_000_000;
    public const int MaxScriptLength = 20_000;

    public static JsonNode? Evaluate(string script, JsonObject model, CancellationToken cancellationToken = default)
    {
        if (script.Length > MaxScriptLength) throw new WorkflowScriptException($"The script is longer than {MaxScriptLength} characters.");
        var engine = new Engine(options =>
        {
            options.Strict();
            options.TimeoutInterval(Timeout);
            options.LimitMemory(MemoryLimitBytes);
            options.LimitRecursion(RecursionLimit);
            options.MaxStatements(StatementLimit);
            options.CancellationToken(cancellationToken);
        });
        try
        {
            engine.SetValue("__model", model.ToJsonString());
            engine.Execute("var __m = JSON.parse(__model); var input = __m.input || {}, variables = __m.variables || {}, content = __m.content, workflow = __m.workflow || {};");
            var result = engine.Evaluate(script);
            if (result.IsUndefined()) return null;
            var json = engine.Evaluate("JSON.stringify").AsFunctionInstance().Call(result).ToString();
            return json == "undefined" ? null : JsonNode.Parse(json);
        }
        catch (TimeoutException ex) { throw new WorkflowScriptException($"JavaScript ran longer than {Timeout.TotalSeconds:0.#} s and was stopped.", ex); }
        catch (MemoryLimitExceededException ex) { throw new WorkflowScriptException($"JavaScript used more than {MemoryLimitBytes / 1_000_000} MB and was stopped.", ex); }
        catch (RecursionDepthOverflowException ex) { throw new WorkflowScriptException($"JavaScript recursed deeper than {RecursionLimit} calls and was stopped.", ex); }
        catch (StatementsCountOverflowException ex) { throw new WorkflowScriptException($"JavaScript ran more than {StatementLimit} statements and was stopped.", ex); }
        catch (ExecutionCanceledException ex) { throw new WorkflowScriptException("JavaScript was cancelled.", ex); }
        catch (JavaScriptException ex) { throw new WorkflowScriptException($"JavaScript error: {ex.Message}", ex); }
        catch (ParseErrorException ex) { throw new WorkflowScriptException($"JavaScript does not parse: {ex.Message}", ex); }
        catch (JintException ex) { throw new WorkflowScriptException($"JavaScript failed: {ex.Message}", ex); }
        catch (JsonException ex) { throw new WorkflowScriptException($"The script's value is not JSON: {ex.Message}", ex); }
    }

    /// <summary>Null when the script parses, else the parser's message.</summary>
    public static string? Check(string script)
    {
        try
        {
            new Parser(new ParserOptions()).ParseScript(script);
            return null;
        }
        catch (ParseErrorException ex)
        {
            return ex.Message;
        }
    }
}
