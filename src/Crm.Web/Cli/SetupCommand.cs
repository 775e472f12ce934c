using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Setup;

namespace OrchardCrm.Web.Cli;

/// <summary>
/// <c>setup [--recipe FILE] [--extra-recipe FILE]... [--admin-user NAME] [--admin-email EMAIL] [--admin-password PASSWORD] [--site-name NAME]</c>.
/// The admin's values default to the configuration keys Crm:Admin:UserName, Email and Password; a
/// generated password is printed once.
/// </summary>
public static class SetupCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var recipe = arguments.TakeOption("--recipe");
        var extra = arguments.TakeOptions("--extra-recipe");
        var userName = arguments.TakeOption("--admin-user");
        var email = arguments.TakeOption("--admin-email");
        var password = arguments.TakeOption("--admin-password");
        var siteName = arguments.TakeOption("--site-name");
        if (arguments.TakeRest() is [var unexpected, ..]) throw CliException.Usage($"unexpected argument '{unexpected}'.");

        await using var host = await CommandHost.StartAsync(arguments, cancellationToken);
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        userName ??= configuration["Crm:Admin:UserName"] ?? "admin";
        email ??= configuration["Crm:Admin:Email"]
            ?? throw CliException.Usage("--admin-email is required (or set Crm:Admin:Email).");
        password ??= configuration["Crm:Admin:Password"] is { Length: > 0 } configured ? configured : null;

        var result = await host.ScopeAsync(sp => sp.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = siteName,
            AdminUserName = userName,
            AdminEmail = email,
            AdminPassword = password,
            Recipe = recipe,
            ExtraRecipes = extra,
        }, cancellationToken));
        if (!result.Succeeded) throw new CliException(string.Join(" | ", result.Errors));

        await output.WriteLineAsync($"The site is set up. Administrator: {result.AdminUserName}");
        if (result.GeneratedPassword is not null)
            await output.WriteLineAsync($"Generated password (shown only this once): {result.GeneratedPassword}");
        return 0;
    }
}
