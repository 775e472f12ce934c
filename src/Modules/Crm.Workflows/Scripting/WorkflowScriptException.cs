namespace OrchardCrm.Workflows.Scripting;

/// <summary>A script or template failed, or broke one of its limits: the activity faults with this message.</summary>
public sealed class WorkflowScriptException(string message, Exception? inner = null) : Exception(message, inner);
