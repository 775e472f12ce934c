using Microsoft.AspNetCore.Http;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Http;

/// <summary>
/// The JSON APIs' RFC 7807 answers, shared so every module words and shapes its errors alike:
/// validation problems name each field with its messages; other problems carry a title and a detail.
/// </summary>
public static class ApiProblems
{
    public static IResult Fields(Dictionary<string, string[]> errors, string title = "The request is not valid.") =>
        Results.ValidationProblem(errors, title: title);

    public static IResult Field(string field, string message) =>
        Fields(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>One entry per field ("Part.Field"), each with its messages.</summary>
    public static IResult Validation(ContentValidationResult result) =>
        Fields(result.Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
