using Microsoft.AspNetCore.Http;
using OrchardCrm.Deals.Services;
using OrchardCrm.Http;

namespace OrchardCrm.Deals.Api;

/// <summary>The deal services' field errors as the shared RFC 7807 validation answer.</summary>
internal static class DealProblems
{
    public static IResult Fields(IEnumerable<FieldError> errors, string title = "The request is not valid.") =>
        ApiProblems.Fields(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title);
}
