using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Modules;

namespace OrchardCrm.Browser.Tests.Deals;

/// <summary>A set-up site with Crm.Deals on (which creates the "New business" pipeline), and accounts, contacts and deals stored directly.</summary>
internal static class DealsSite
{
    public static async Task EnableAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Deals"]);
    }

    public static Task<string> CreateAccountAsync(IServiceProvider services, string name, string owner = "admin") =>
        NewAsync(services, AccountTypes.Account, owner, item => item.Alter<AccountPart>(a => a.Name.Text = name));

    public static Task<string> CreateContactAsync(IServiceProvider services, string first, string last, string accountId) =>
        NewAsync(services, AccountTypes.Contact, "admin", item => item.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = first;
            c.LastName.Text = last;
            c.Accounts = [new ContactAccountLink(accountId, "Staff", null, Current: true)];
        }));

    public static Task<string> CreateDealAsync(IServiceProvider services, string name, string accountId, string stageId, decimal amount,
        string owner = "admin", IReadOnlyList<CommitteeMember>? committee = null, DateOnly? closeDate = null) =>
        NewAsync(services, DealTypes.Deal, owner, item =>
        {
            item.Alter<DealPart>(d =>
            {
                d.Name.Text = name;
                d.Account.ContentItemIds = [accountId];
                d.PipelineId = DefaultPipelines.NewBusinessId;
                d.StageId = stageId;
                d.Amount.Amount = amount;
                d.Amount.Currency = "EUR";
                d.ExpectedCloseDate.Value = closeDate ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
            });
            if (committee is not null) item.Alter<CommitteePart>(c => c.Members = [.. committee]);
        });

    private static async Task<string> NewAsync(IServiceProvider services, string type, string owner, Action<ContentItem> fill)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        item.Owner = owner;
        fill(item);
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException(result.ToString());
        return item.ContentItemId;
    }
}
