using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Browser.Tests.Accounts;
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
        Account360Site.NewAsync(services, AccountTypes.Account, owner, item => item.Alter<AccountPart>(a => a.Name.Text = name));

    public static Task<string> CreateContactAsync(IServiceProvider services, string first, string last, string accountId) =>
        Account360Site.NewAsync(services, AccountTypes.Contact, "admin", item => item.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = first;
            c.LastName.Text = last;
            c.Accounts = [new ContactAccountLink(accountId, "Staff", null, Current: true)];
        }));

    public static Task<string> CreateDealAsync(IServiceProvider services, string name, string accountId, string stageId, decimal amount,
        string owner = "admin", IReadOnlyList<CommitteeMember>? committee = null, DateOnly? closeDate = null) =>
        Account360Site.NewAsync(services, DealTypes.Deal, owner, item =>
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
}
