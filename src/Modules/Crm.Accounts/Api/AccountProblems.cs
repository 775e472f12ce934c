using Microsoft.AspNetCore.Http;
using OrchardCrm.Accounts.Services;

namespace OrchardCrm.Accounts.Api;

/// <summary>The account API's RFC 7807 answers.</summary>
internal static class AccountProblems
{
    public static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request is not valid.");

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>A refused operation: 404 when what it names does not exist, otherwise 400 naming the field.</summary>
    public static IResult From(AccountOperationException e) => e.NotFound ? NotFound(e.Message) : Field(e.Field, e.Message);
}
