namespace OrchardCrm.ContentManagement.Queries;

/// <summary>A query that cannot be run as asked (an unknown field, an operator the field's kind does not support, a value of the wrong type).</summary>
public sealed class ContentQueryException(string message) : ArgumentException(message);
