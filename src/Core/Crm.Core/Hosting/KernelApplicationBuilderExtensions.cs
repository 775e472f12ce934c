using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Security;

namespace OrchardCrm.Hosting;

public static class KernelApplicationBuilderExtensions
{
    /// <summary>
    /// The feature gate, placed after routing: refreshes the enabled set when the database's serial moved
    /// (so a change made on another node applies at this node's next request), then answers 404 for an
    /// endpoint whose feature is off.
    /// </summary>
    public static IApplicationBuilder UseCrmFeatureGate(this IApplicationBuilder app)
    {
        var shell = app.ApplicationServices.GetRequiredService<IShellFeatures>();
        var types = app.ApplicationServices.GetRequiredService<FeatureTypeMap>();
        return app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is not null)
            {
                await shell.RefreshAsync(context.RequestAborted);
                var feature = endpoint.Metadata.GetMetadata<FeatureEndpointMetadata>()?.FeatureId
                    ?? (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action ? types.FeatureOf(action.ControllerTypeInfo) : null);
                if (feature is not null && !shell.IsEnabled(feature))
                {
                    context.SetEndpoint(null);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }
            await next(context);
        });
    }

    /// <summary>Maps each startup's endpoints in a route group tagged with its feature, and the health check.</summary>
    public static IEndpointRouteBuilder MapCrmModules(this IEndpointRouteBuilder endpoints)
    {
        var startups = endpoints.ServiceProvider.GetRequiredService<RegisteredStartups>();
        foreach (var (featureId, startup) in startups.Startups)
        {
            var group = endpoints.MapGroup("").WithMetadata(new FeatureEndpointMetadata(featureId));
            startup.Configure(group);
        }

        // Controllers are not in a feature's route group: the gate finds their feature from their module.
        endpoints.MapControllers();
        endpoints.MapSessionEndpoints();
        endpoints.MapGet("/health", async (DatabaseInitializer database, CancellationToken cancellationToken) =>
                await database.CanConnectAsync(cancellationToken)
                    ? Results.Ok(new { status = "Healthy" })
                    : Results.Problem(title: "Database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithMetadata(new PublicEndpointMetadata());
        return endpoints;
    }
}

/// <summary>Marks an endpoint that anonymous users may call (sign-in, setup, health); every other endpoint requires a user.</summary>
public sealed record PublicEndpointMetadata;

public static class CrmPipeline
{
    /// <summary>
    /// The kernel's request pipeline, in its one right order: routing, the feature gate (so a disabled
    /// feature's endpoint is 404 even for anonymous callers), authentication, authorization, endpoints.
    /// </summary>
    public static WebApplication UseCrm(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCrmFeatureGate();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCrmModules();
        return app;
    }
}
