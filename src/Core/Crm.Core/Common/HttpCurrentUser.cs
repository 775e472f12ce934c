using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace OrchardCrm.Common;

/// <summary>The signed-in user of the current request; "system" outside a request (command line, background work).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SystemUserName = "system";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string UserName => IsAuthenticated ? Principal!.Identity!.Name ?? SystemUserName : SystemUserName;
}
