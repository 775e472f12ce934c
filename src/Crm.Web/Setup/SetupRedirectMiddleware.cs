using OrchardCrm.Settings;

namespace OrchardCrm.Web.Setup;

/// <summary>
/// While the site is not set up, a browser asking for a page is sent to the setup page. The API, the
/// health check, static files, the setup page itself, and clients that do not ask for HTML (scripts,
/// monitoring, tests of the bare endpoints) pass untouched.
/// </summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next, SetupState state)
{
    public const string SetupPath = "/setup";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsPageRequest(context.Request) && !await state.CheckAsync(context.RequestServices.GetRequiredService<SiteService>(), context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }
        await next(context);
    }

    public static bool IsPageRequest(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        var path = request.Path;
        if (path.StartsWithSegments(SetupPath) || path.StartsWithSegments("/api") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework"))
            return false;
        // A file name with an extension (favicon.ico, site.css) is a static file, not a page.
        if (Path.HasExtension(path.Value)) return false;
        // Browsers ask for HTML when they navigate; a client that does not is not looking at a page.
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
