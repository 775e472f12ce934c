using Microsoft.AspNetCore.Http;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.Endpoints;

/// <summary>The API's RFC 7807 answers.</summary>
internal static class Problems
{
    public static IResult Fields(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid.");

    /// <summary>One entry per field ("Part.Field"), each with its messages.</summary>
    public static IResult Validation(ContentValidationResult result) =>
        Fields(result.Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
