namespace OrchardCrm.ContentManagement;

/// <summary>The outcome of a write: success, or one message per offending field (keyed "Part.Field").</summary>
public sealed class ContentValidationResult
{
    private readonly List<ContentValidationError> _errors = [];

    public static ContentValidationResult Success { get; } = new();

    public bool Succeeded => _errors.Count == 0;

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public void Fail(string key, string message) => _errors.Add(new ContentValidationError(key, message));

    public void Add(ContentValidationResult other) => _errors.AddRange(other._errors);

    public override string ToString() => Succeeded ? "valid" : string.Join("; ", _errors.Select(e => $"{e.Key}: {e.Message}"));
}

/// <param name="Key">"Part.Field" for a field, or a member name such as "DisplayText".</param>
public sealed record ContentValidationError(string Key, string Message);
