using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrchardCrm.Settings;

namespace OrchardCrm.BackgroundTasks;

/// <summary>
/// Polls <see cref="IBackgroundTaskRunner.RunDueAsync"/> every <c>Crm:BackgroundTasks:PollSeconds</c>
/// (default 5) unless <c>Crm:BackgroundTasks:Enabled</c> is false. It begins once the application has
/// started, that is after the shell initializer migrated the schema and loaded the features, and
/// skips its polls while the site is not set up.
/// </summary>
public sealed class BackgroundTaskHostedService(
    IBackgroundTaskRunner runner,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    ILogger<BackgroundTaskHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = BackgroundTaskOptions.From(configuration);
        if (!options.Enabled)
        {
            logger.LogInformation("Background tasks do not run on this node ({Section}:Enabled is false).", BackgroundTaskOptions.Section);
            return;
        }
        if (!await StartedAsync(stoppingToken)) return;

        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            await PollAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (!await scope.ServiceProvider.GetRequiredService<SiteService>().IsSetUpAsync(stoppingToken)) return;
            }
            await runner.RunDueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The database may be away for a moment; the next poll tries again.
            logger.LogError(ex, "Polling background tasks failed.");
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetResult());
        await started.Task;
        return !stoppingToken.IsCancellationRequested;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
