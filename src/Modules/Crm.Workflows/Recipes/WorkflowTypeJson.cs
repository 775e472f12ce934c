using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Recipes;

/// <summary>
/// A workflow type in recipe JSON, as Orchard Core writes it: WorkflowTypeId, Name, IsEnabled, IsSingleton,
/// Activities (ActivityId, Name, IsStart, X, Y, Properties) and Transitions (SourceActivityId,
/// SourceOutcomeName, DestinationActivityId). Reading reports wrong shapes by field path.
/// </summary>
public static class WorkflowTypeJson
{
    public static JsonObject Write(WorkflowTypeRecord type)
    {
        var definition = WorkflowDefinition.FromJson(type.Definition);
        return new JsonObject
        {
            ["WorkflowTypeId"] = type.WorkflowTypeId,
            ["Name"] = type.Name,
            ["IsEnabled"] = type.Enabled,
            ["IsSingleton"] = type.Singleton,
            ["Activities"] = new JsonArray([.. definition.Activities.Select(a => (JsonNode)new JsonObject
            {
                ["ActivityId"] = a.ActivityId,
                ["Name"] = a.Name,
                ["IsStart"] = a.IsStart,
                ["X"] = a.X,
                ["Y"] = a.Y,
                ["Properties"] = a.Properties.DeepClone(),
            })]),
            ["Transitions"] = new JsonArray([.. definition.Transitions.Select(t => (JsonNode)new JsonObject
            {
                ["SourceActivityId"] = t.SourceActivityId,
                ["SourceOutcomeName"] = t.SourceOutcomeName,
                ["DestinationActivityId"] = t.DestinationActivityId,
            })]),
        };
    }

    /// <summary>The draft, or null with <paramref name="fail"/> called for each shape problem (path relative to the type).</summary>
    public static WorkflowTypeDraft? Read(JsonNode? node, Action<string, string> fail)
    {
        if (node is not JsonObject json)
        {
            fail("", "must be an object describing a workflow type.");
            return null;
        }
        var ok = true;
        string Text(JsonObject obj, string key, string path, bool required)
        {
            var value = obj[key];
            if (value is null)
            {
                if (required) { fail(path, "is required."); ok = false; }
                return "";
            }
            if (value.GetValueKind() == JsonValueKind.String) return value.GetValue<string>();
            fail(path, "must be a string.");
            ok = false;
            return "";
        }
        bool Flag(JsonObject obj, string key, string path)
        {
            var value = obj[key];
            if (value is null) return false;
            if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return value.GetValue<bool>();
            fail(path, "must be true or false.");
            ok = false;
            return false;
        }
        int Number(JsonObject obj, string key, string path)
        {
            var value = obj[key];
            if (value is null) return 0;
            if (value.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue<int>(out var n)) return n;
            fail(path, "must be a whole number.");
            ok = false;
            return 0;
        }
        JsonArray List(string key)
        {
            if (json[key] is null) return [];
            if (json[key] is JsonArray array) return array;
            fail(key, "must be an array.");
            ok = false;
            return [];
        }

        var draft = new WorkflowTypeDraft
        {
            WorkflowTypeId = Text(json, "WorkflowTypeId", "WorkflowTypeId", required: true),
            Name = Text(json, "Name", "Name", required: true),
            Enabled = Flag(json, "IsEnabled", "IsEnabled"),
            Singleton = Flag(json, "IsSingleton", "IsSingleton"),
        };
        var activities = List("Activities");
        for (var i = 0; i < activities.Count; i++)
        {
            var path = $"Activities[{i}]";
            if (activities[i] is not JsonObject a)
            {
                fail(path, "must be an object.");
                ok = false;
                continue;
            }
            var properties = a["Properties"];
            if (properties is not null and not JsonObject)
            {
                fail(path + ".Properties", "must be an object.");
                ok = false;
            }
            draft.Definition.Activities.Add(new ActivityRecord
            {
                ActivityId = Text(a, "ActivityId", path + ".ActivityId", required: true),
                Name = Text(a, "Name", path + ".Name", required: true),
                IsStart = Flag(a, "IsStart", path + ".IsStart"),
                X = Number(a, "X", path + ".X"),
                Y = Number(a, "Y", path + ".Y"),
                Properties = properties is JsonObject p ? (JsonObject)p.DeepClone() : new JsonObject(),
            });
        }
        var transitions = List("Transitions");
        for (var t = 0; t < transitions.Count; t++)
        {
            var path = $"Transitions[{t}]";
            if (transitions[t] is not JsonObject tr)
            {
                fail(path, "must be an object.");
                ok = false;
                continue;
            }
            draft.Definition.Transitions.Add(new TransitionRecord
            {
                SourceActivityId = Text(tr, "SourceActivityId", path + ".SourceActivityId", required: true),
                SourceOutcomeName = Text(tr, "SourceOutcomeName", path + ".SourceOutcomeName", required: true),
                DestinationActivityId = Text(tr, "DestinationActivityId", path + ".DestinationActivityId", required: true),
            });
        }
        return ok ? draft : null;
    }
}
