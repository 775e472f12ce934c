using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Kernel.Tests.Modules;

/// <summary>
/// An instance of a kernel type that a feature registers (an event descriptor) belongs to that feature:
/// the workflow toolbox does not offer a disabled module's events.
/// </summary>
public sealed class RegisteredInstanceTests
{
    [Theory, Databases]
    public async Task A_kernel_type_instance_registered_by_a_feature_is_absent_while_the_feature_is_off(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.EnableAsync("Crm.Users");

        var before = await EventNamesAsync(shell);
        await shell.EnableAsync("Crm.Deals");
        var after = await EventNamesAsync(shell);

        Assert.DoesNotContain("DealStageChanged", before);
        Assert.Contains("UserSignedIn", before);
        Assert.Contains("DealStageChanged", after);
        Assert.Contains("DealRotting", after);
    }

    private static Task<List<string>> EventNamesAsync(TestShell shell) =>
        shell.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IEnabled<CrmEventDescriptor>>().Select(d => d.Name).ToList()));
}
