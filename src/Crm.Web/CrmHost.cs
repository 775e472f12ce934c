using OrchardCrm.Hosting;

namespace OrchardCrm.Web;

/// <summary>Builds and runs the web application.</summary>
public static class CrmHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCrmKernel(builder.Configuration);
        builder.Services.AddHostedService<ShellInitializerHostedService>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseCrm();
        return app;
    }
}
