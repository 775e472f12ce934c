using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using OrchardCrm.Accounts.SampleData;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;
using OrchardCrm.Recipes;

namespace OrchardCrm.Accounts.Recipes;

/// <summary>
/// <c>{ "name": "AccountsSampleData", "seed": 42, "asOf": "2026-12-01", "accounts": 30, "contactsPerAccount": 5,
/// "activities": 400, "tasks": 90, "owners": ["admin"] }</c>: writes a generated book of accounts, contacts,
/// activities and tasks (see <see cref="SampleBookGenerator"/>). Items have fixed ids, and an id that
/// exists is left alone, so running the step again writes nothing. Writes go through the content
/// manager (validated, indexed, audited) inside the recipe's transaction.
/// </summary>
public sealed class AccountsSampleDataStep(IContentManager contents, UserManager<CrmUser> users) : IRecipeStepHandler
{
    public string Name => "AccountsSampleData";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "name", "seed", "asOf", "accounts", "contactsPerAccount", "activities", "tasks", "owners",
    };

    public Task ValidateAsync(RecipeStepContext context)
    {
        Read(context);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var options = Read(context);
        if (options is null) return;

        var userIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var owner in options.Owners.Distinct())
            if (await users.FindByNameAsync(owner) is { } user) userIds[owner] = user.Id;

        var items = SampleBookGenerator.Generate(options, userIds);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in items.Select(i => i.ContentItemId).Chunk(500))
            foreach (var found in await contents.GetManyAsync(chunk, VersionOptions.Latest))
                existing.Add(found.ContentItemId);
        // A removed item has no latest version but keeps its rows (and its id): it stays removed.
        foreach (var sample in items.Where(i => !existing.Contains(i.ContentItemId)).ToList())
            if ((await contents.ListVersionsAsync(sample.ContentItemId)).Count > 0) existing.Add(sample.ContentItemId);

        foreach (var sample in items)
        {
            // Ids are fixed, so an existing one is this step's earlier work (or a user's edit of it): keep it.
            if (existing.Contains(sample.ContentItemId)) continue;
            var item = await contents.NewAsync(sample.ContentType);
            item.ContentItemId = sample.ContentItemId;
            item.Owner = sample.Owner;
            item.Apply(sample.PartName, sample.Part);
            var result = await contents.CreateAsync(item, publish: true);
            if (result.Succeeded) continue;
            foreach (var error in result.Errors)
                context.Fail(sample.ContentItemId, $"{sample.ContentType} {error.Key}: {error.Message}");
            return;
        }
    }

    /// <summary>The step's parameters, each checked; null (with errors naming the parameter) when one is wrong.</summary>
    private static SampleBookOptions? Read(RecipeStepContext context)
    {
        var step = context.Step;
        var defaults = new SampleBookOptions();
        var errors = context.Errors.Count;
        foreach (var (key, _) in step)
            if (!Known.Contains(key)) context.Fail(key, $"is not a parameter of this step (expected: {string.Join(", ", Known.Where(k => k != "name"))}).");

        var seed = Integer(context, "seed", defaults.Seed, 0, int.MaxValue);
        var accounts = Integer(context, "accounts", defaults.Accounts, 1, 2000);
        var contactsPerAccount = Integer(context, "contactsPerAccount", defaults.ContactsPerAccount, 1, 50);
        var activities = Integer(context, "activities", defaults.Activities, 0, 100_000);
        var tasks = Integer(context, "tasks", defaults.Tasks, 0, 20_000);

        var asOf = defaults.AsOf;
        if (step["asOf"] is null)
            context.Fail("asOf", "is required: the day the sample book is as of (yyyy-MM-dd), so every run generates the same dates.");
        else if (step["asOf"]!.GetValueKind() != JsonValueKind.String
            || !DateOnly.TryParseExact(step["asOf"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            context.Fail("asOf", "must be a date written yyyy-MM-dd, e.g. \"2026-12-01\".");

        IReadOnlyList<string> owners = defaults.Owners;
        if (step["owners"] is { } ownersNode)
        {
            if (ownersNode is not JsonArray array || array.Count == 0)
                context.Fail("owners", "must be a non-empty array of user names.");
            else
            {
                var names = new List<string>();
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim() is { Length: > 0 } name)
                        names.Add(name);
                    else
                        context.Fail($"owners[{i}]", "must be a user name (a non-empty string).");
                }
                owners = names;
            }
        }

        if (context.Errors.Count > errors) return null;
        return new SampleBookOptions
        {
            Seed = seed, AsOf = asOf, Accounts = accounts, ContactsPerAccount = contactsPerAccount,
            Activities = activities, Tasks = tasks, Owners = owners,
        };
    }

    private static int Integer(RecipeStepContext context, string key, int fallback, int min, int max)
    {
        var node = context.Step[key];
        if (node is null) return fallback;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
        {
            if (number >= min && number <= max) return number;
            context.Fail(key, $"must be between {min} and {max} (was {number}).");
            return fallback;
        }
        context.Fail(key, $"must be a whole number between {min} and {max}.");
        return fallback;
    }
}
