using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.Search.Lucene.Controllers;

/// <summary>
/// Takes part in route selection only while the controller's feature is on. /admin/search is also
/// answered, at a lower priority, by the Contents module's title search: with this module off, that
/// one is chosen instead of this one answering 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServedWhenEnabledAttribute : Attribute, IActionConstraint
{
    public int Order => 0;

    public bool Accept(ActionConstraintContext context) =>
        context.CurrentCandidate.Action is not ControllerActionDescriptor action
        || context.RouteContext.HttpContext.RequestServices.GetRequiredService<IShellFeatures>().IsEnabled(action.ControllerTypeInfo);
}
