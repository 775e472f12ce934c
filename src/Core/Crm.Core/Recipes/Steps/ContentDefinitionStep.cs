using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Modules;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// The "ContentDefinition" step, in Orchard Core's shape:
/// <c>{ "name": "ContentDefinition", "ContentTypes": [ ... ], "ContentParts": [ ... ] }</c> (see
/// <see cref="ContentDefinitionJson"/>). Types and parts are upserted; all of the step is saved as one
/// change of the definitions document, and not at all when it changes nothing, so a second run leaves
/// the document's serial where it was. Types may list parts that no definition describes (code parts).
/// </summary>
public sealed class ContentDefinitionStep(
    ContentDefinitionManager definitions,
    IFieldKindRegistry enabledKinds,
    IEnumerable<IFieldKind> registeredKinds,
    FeatureTypeMap featureTypes) : IRecipeStepHandler
{
    public string Name => "ContentDefinition";

    public async Task ValidateAsync(RecipeStepContext context)
    {
        var existingParts = await definitions.ListPartDefinitionsAsync();
        var validation = new ContentDefinitionStepValidation(context, existingParts, kind => IsKnownKind(kind, context.State), enabledKinds.All.Select(k => k.Name));
        validation.Run();
        foreach (var type in validation.TypesDefined) context.State.ContentTypesDefined.Add(type);
    }

    public Task ExecuteAsync(RecipeStepContext context) =>
        definitions.ChangeAsync(set =>
        {
            foreach (var record in ContentDefinitionJson.Records(context.Step, ContentDefinitionJson.ContentParts))
            {
                if (ContentDefinitionJson.ReadPart(record) is { } part) ContentDefinitionMerge.MergePart(set, part);
            }
            foreach (var record in ContentDefinitionJson.Records(context.Step, ContentDefinitionJson.ContentTypes))
            {
                var displayNameGiven = ContentDefinitionJson.StringOf(record, "DisplayName") is { Length: > 0 };
                if (ContentDefinitionJson.ReadType(record) is { } type) ContentDefinitionMerge.MergeType(set, type, displayNameGiven);
            }
        });

    /// <summary>
    /// A kind is known when an enabled feature provides it, or when an earlier step of this recipe
    /// enables the feature that does (and no step disables it), as for recipe steps themselves.
    /// </summary>
    private bool IsKnownKind(string name, RecipeExecutionState state)
    {
        bool Available(IFieldKind kind) =>
            featureTypes.FeatureOf(kind.GetType()) is not { } feature
            || !state.FeaturesToDisable.Contains(feature);

        if (enabledKinds.Find(name) is { } enabled && Available(enabled)) return true;
        return registeredKinds.Any(k => k.Name == name
            && featureTypes.FeatureOf(k.GetType()) is { } feature
            && state.FeaturesToEnable.Contains(feature)
            && !state.FeaturesToDisable.Contains(feature));
    }
}
