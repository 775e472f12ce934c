using Microsoft.AspNetCore.Http;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Http;

namespace OrchardCrm.Accounts.Api;

/// <summary>How the account API words a refused operation.</summary>
internal static class AccountProblems
{
    /// <summary>404 when what it names does not exist, otherwise 400 naming the field.</summary>
    public static IResult From(AccountOperationException e) => e.NotFound ? ApiProblems.NotFound(e.Message) : ApiProblems.Field(e.Field, e.Message);
}
