namespace OrchardCrm.Setup;

/// <summary>Sets a new site up once: runs the setup recipe, creates the administrator, records the site's name.</summary>
public interface ISetupService
{
    Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default);
}

public sealed record SetupRequest
{
    /// <summary>Null keeps the name the recipe sets (or the default).</summary>
    public string? SiteName { get; init; }

    public required string AdminUserName { get; init; }

    public required string AdminEmail { get; init; }

    /// <summary>Null: a strong password is generated and returned in <see cref="SetupResult.GeneratedPassword"/>.</summary>
    public string? AdminPassword { get; init; }

    /// <summary>The setup recipe, by name ("crm") or path. Defaults to <see cref="DefaultRecipe"/>.</summary>
    public string? Recipe { get; init; }

    /// <summary>Recipes (names or paths) run after the setup recipe, in the same transaction (sample data, say).</summary>
    public IReadOnlyList<string> ExtraRecipes { get; init; } = [];

    public const string DefaultRecipe = "crm";
}

public sealed record SetupResult(IReadOnlyList<string> Errors, string? AdminUserName = null, string? GeneratedPassword = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static SetupResult Fail(params string[] errors) => new(errors);
}
