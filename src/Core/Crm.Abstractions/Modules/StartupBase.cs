using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Modules;

/// <summary>
/// The entry point of a feature. The kernel instantiates every startup of every module once, at host
/// start, and tags what it registers with the startup's feature, so that disabled features leave no
/// trace at run time (see <see cref="IEnabled{T}"/> and the feature gate on endpoints).
/// </summary>
public abstract class StartupBase
{
    /// <summary>Lower runs first.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>
    /// Maps the feature's endpoints. The builder is a route group carrying the feature's metadata:
    /// the endpoints answer 404 while the feature is disabled.
    /// </summary>
    public virtual void Configure(IEndpointRouteBuilder routes) { }
}
