using Microsoft.Extensions.Hosting;

namespace OrchardCrm.Hosting;

/// <summary>Runs <see cref="ShellInitializer"/> before the web server accepts requests.</summary>
public sealed class ShellInitializerHostedService(ShellInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
