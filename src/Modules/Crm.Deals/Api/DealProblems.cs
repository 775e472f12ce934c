using Microsoft.AspNetCore.Http;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.Api;

/// <summary>The deal API's RFC 7807 answers.</summary>
internal static class DealProblems
{
    public static IResult Fields(IEnumerable<FieldError> errors, string title = "The request is not valid.") =>
        Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: title);

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
