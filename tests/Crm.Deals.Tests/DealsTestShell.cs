using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>A clock the test moves.</summary>
public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; } = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    public void Advance(TimeSpan by) => UtcNow = UtcNow.Add(by);
}

/// <summary>A shell with Accounts and Deals on and a clock the test controls, plus helpers writing items as a user would.</summary>
internal sealed class DealsTestShell : IAsyncDisposable
{
    public required TestShell Shell { get; init; }
    public required TestClock Clock { get; init; }

    public static async Task<DealsTestShell> StartAsync(TestDatabase db, IDictionary<string, string?>? settings = null)
    {
        var clock = new TestClock();
        var shell = await TestShell.StartAsync(db, s => s.Replace(ServiceDescriptor.Singleton<IClock>(clock)), settings);
        await shell.EnableAsync("Crm.Accounts", "Crm.Deals");
        return new DealsTestShell { Shell = shell, Clock = clock };
    }

    public Task<T> ScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Shell.ScopeAsync(work);
    public Task ScopeAsync(Func<IServiceProvider, Task> work) => Shell.ScopeAsync(work);

    public Task<ContentItem> CreateAsync(string type, Action<ContentItem> fill, string? owner = "ada") =>
        ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            item.Owner = owner;
            fill(item);
            var result = await contents.CreateAsync(item);
            Assert.True(result.Succeeded, result.ToString());
            return (await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        });

    public Task<ContentItem> AccountAsync(string name, string owner = "ada") =>
        CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => a.Name.Text = name), owner);

    public Task<ContentItem> ContactAsync(string lastName, string accountId) =>
        CreateAsync(AccountTypes.Contact, i => i.Alter<ContactPart>(c =>
        {
            c.LastName.Text = lastName;
            c.Accounts.Add(new ContactAccountLink(accountId, null, null, true));
        }));

    public Task<ContentItem> DealAsync(string name, string? accountId, decimal? amount = 10_000m, string stage = "qualification", string owner = "ada",
        DateOnly? close = null, Action<DealPart>? fill = null, string pipeline = DefaultPipelines.NewBusinessId) =>
        CreateAsync(DealTypes.Deal, i => i.Alter<DealPart>(d =>
        {
            d.Name.Text = name;
            d.Account.ContentItemIds = accountId is null ? [] : [accountId];
            d.Amount.Amount = amount;
            d.Amount.Currency = "USD";
            d.PipelineId = pipeline;
            d.StageId = stage;
            d.ExpectedCloseDate.Value = close;
            fill?.Invoke(d);
        }), owner);

    /// <summary>Reads the latest deal, changes it and saves it; returns the validation result.</summary>
    public Task<ContentValidationResult> EditAsync(string id, Action<ContentItem> change) =>
        ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
            change(item);
            return await contents.UpdateAsync(item);
        });

    public Task<ContentItem> GetAsync(string id) =>
        ScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!);

    public Task<RecipeResult> RunRecipeAsync(string json) =>
        ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, "test.recipe.json"));

    /// <summary>A signed-in principal with the given permissions (the permission service reads role claims; the admin sees all).</summary>
    public static ClaimsPrincipal Admin { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada"), new Claim(ClaimTypes.Role, OrchardCrm.Security.RoleNames.Administrator)], "test"));

    public ValueTask DisposeAsync() => Shell.DisposeAsync();
}
