using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>
/// A content lifecycle event ("ContentCreated"...), raised by the workflows module's content handler
/// after the write commits; optionally only for some content types.
/// </summary>
public abstract class ContentEvent(string verb) : EventActivity
{
    public const string ContentTypesProperty = "ContentTypes";

    public override string Name => "Content" + verb;
    public override string Category => "Content";
    public override string DisplayText => $"Content {verb.ToLowerInvariant()}";
    public override string Description => $"When a content item is {verb.ToLowerInvariant()}. Input: ContentItemId, ContentType, DisplayText, Owner, Author, Content.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new(ContentTypesProperty, "Content types", Hint: "Comma-separated, e.g. Account, Contact. Empty: every type."),
        FilterProperty,
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        ActivityRules.Script(properties, "Filter", "Filter", Scripting.ExpressionEvaluator.JavaScript, validation);
    }

    protected override Task<bool> MatchesFiltersAsync(ActivityContext context)
    {
        var types = context.Text(ContentTypesProperty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var type = context.State.Input["ContentType"]?.GetValue<string>();
        return Task.FromResult(types.Length == 0 || types.Contains(type, StringComparer.OrdinalIgnoreCase));
    }
}

public sealed class ContentCreatedEvent() : ContentEvent("Created");
public sealed class ContentUpdatedEvent() : ContentEvent("Updated");
public sealed class ContentPublishedEvent() : ContentEvent("Published");
public sealed class ContentUnpublishedEvent() : ContentEvent("Unpublished");
public sealed class ContentRemovedEvent() : ContentEvent("Removed");
