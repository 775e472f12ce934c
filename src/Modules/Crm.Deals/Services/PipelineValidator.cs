using System.Text.RegularExpressions;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>The rules of a pipeline, each error naming the field ("Stages[2].Probability").</summary>
internal static partial class PipelineValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static bool IsSlug(string? value) => value is { Length: > 0 and <= 64 } && Slug().IsMatch(value);

    public static List<FieldError> Validate(Pipeline pipeline, string prefix = "")
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(prefix + field, message));

        if (!IsSlug(pipeline.Id)) Fail("Id", "must be a slug of lower-case letters, digits and dashes (e.g. \"new-business\"), at most 64 characters.");
        if (string.IsNullOrWhiteSpace(pipeline.Name)) Fail("Name", "is required.");
        else if (pipeline.Name.Length > 100) Fail("Name", "must be at most 100 characters.");
        if (pipeline.Stages.Count == 0) { Fail("Stages", "must list at least one open stage, one closed-won and one closed-lost stage."); return errors; }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            var stage = pipeline.Stages[i];
            var at = $"Stages[{i}].";
            if (stage is null) { Fail($"Stages[{i}]", "is empty."); continue; }
            if (!IsSlug(stage.Id)) Fail(at + "Id", "must be a slug of lower-case letters, digits and dashes (e.g. \"proposal\").");
            else if (!ids.Add(stage.Id)) Fail(at + "Id", $"'{stage.Id}' is used by another stage of this pipeline.");
            if (string.IsNullOrWhiteSpace(stage.Name)) Fail(at + "Name", "is required.");
            else if (stage.Name.Length > 100) Fail(at + "Name", "must be at most 100 characters.");
            if (stage.Probability is < 0 or > 100) Fail(at + "Probability", "must be between 0 and 100 (percent).");
            if (!Enum.IsDefined(stage.ForecastCategory)) Fail(at + "ForecastCategory", $"must be one of {string.Join(", ", Enum.GetNames<ForecastCategory>())}.");
            if (stage.RottingDays is < 0) Fail(at + "RottingDays", "must be 0 or more days (empty: never rots).");
            if (stage.FollowUpDays is < 0 or > 3650) Fail(at + "FollowUpDays", "must be between 0 and 3650 days (empty: no follow-up).");
            if (stage.FollowUpTitle is { Length: > 200 }) Fail(at + "FollowUpTitle", "must be at most 200 characters.");
            if (stage.ForecastCategory == ForecastCategory.ClosedWon && stage.Probability != 100) Fail(at + "Probability", "must be 100 for a closed-won stage.");
            if (stage.ForecastCategory == ForecastCategory.ClosedLost && stage.Probability != 0) Fail(at + "Probability", "must be 0 for a closed-lost stage.");
        }
        var valid = pipeline.Stages.Where(s => s is not null).ToList();
        var won = valid.Count(s => s.ForecastCategory == ForecastCategory.ClosedWon);
        if (won != 1) Fail("Stages", $"must have exactly one closed-won stage (it has {won}).");
        if (!valid.Any(s => s.ForecastCategory == ForecastCategory.ClosedLost)) Fail("Stages", "must have at least one closed-lost stage.");
        if (!valid.Any(s => !s.IsClosed)) Fail("Stages", "must have at least one open stage.");
        return errors;
    }
}
