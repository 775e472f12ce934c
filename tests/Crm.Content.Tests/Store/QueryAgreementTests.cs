using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>
/// Every query on the field indexes must give exactly what a filter over the items themselves gives:
/// 1,000 random companies, then filters on each field kind compared with the same filter in memory.
/// </summary>
public sealed class QueryAgreementTests
{
    private sealed record Company(int Index, string Id, bool Published, string Name, string Code, string? Industry, decimal? Revenue,
        int? Employees, DateOnly? Founded, bool? Active, string[] Tags, string? Parent);

    private static readonly string[] TagPool = ["vip", "partner", "churn-risk", "new", "Reseller"];

    [Theory, Databases]
    public async Task Queries_on_every_field_kind_agree_with_a_brute_force_filter(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        var companies = await shell.ScopeAsync(CreateCompaniesAsync);
        var published = companies.Where(c => c.Published).ToList();
        var someParent = companies.First(c => c.Parent is not null).Parent!;

        var cases = new (string Name, FieldFilter Filter, Func<Company, bool> Expected)[]
        {
            ("options equal", On("Industry").Equal("Tech"), c => c.Industry == "Tech"),
            ("options equal, other case", On("Industry").Equal("tech"), c => c.Industry == "Tech"),
            ("options in", On("Industry").In("Retail", "Health"), c => c.Industry is "Retail" or "Health"),
            ("options empty", On("Industry").IsEmpty(), c => c.Industry is null),
            ("options not equal", On("Industry").NotEqual("Tech"), c => c.Industry != "Tech"),
            ("money greater", On("Revenue").GreaterThan(500_000m), c => c.Revenue > 500_000m),
            ("money between", On("Revenue").Between(100_000m, 200_000m), c => c.Revenue >= 100_000m && c.Revenue <= 200_000m),
            ("money at most", On("Revenue").LessThanOrEqual(1_000m), c => c.Revenue <= 1_000m),
            ("money currency", FieldFilter.On("Company", "Revenue", "Currency").Equal("eur"), c => c.Revenue is not null),
            ("number at least", On("Employees").GreaterThanOrEqual(2500), c => c.Employees >= 2500),
            ("number equal", On("Employees").Equal(published.First(c => c.Employees is not null).Employees!.Value), c => c.Employees == published.First(p => p.Employees is not null).Employees),
            ("number empty", On("Employees").IsEmpty(), c => c.Employees is null),
            ("number less", On("Employees").LessThan(100), c => c.Employees < 100),
            ("date between", On("Founded").Between(new DateOnly(1990, 1, 1), new DateOnly(2000, 12, 31)), c => c.Founded >= new DateOnly(1990, 1, 1) && c.Founded <= new DateOnly(2000, 12, 31)),
            ("date before", On("Founded").LessThan(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)), c => c.Founded < new DateOnly(1970, 1, 1)),
            ("boolean true", On("Active").Equal(true), c => c.Active == true),
            ("boolean not true", On("Active").NotEqual(true), c => c.Active != true),
            ("boolean empty", On("Active").IsEmpty(), c => c.Active is null),
            ("tags equal", On("Tags").Equal("vip"), c => c.Tags.Contains("vip")),
            ("tags equal, other case", On("Tags").Equal("reseller"), c => c.Tags.Contains("Reseller")),
            ("tags contains", On("Tags").Contains("part"), c => c.Tags.Any(t => t.Contains("part"))),
            ("tags starts with", On("Tags").StartsWith("ch"), c => c.Tags.Any(t => t.StartsWith("ch"))),
            ("tags not empty", On("Tags").IsNotEmpty(), c => c.Tags.Length > 0),
            ("text starts with", On("Code").StartsWith("c-01"), c => c.Code.StartsWith("C-01")),
            ("text contains", On("Code").Contains("99"), c => c.Code.Contains("99")),
            ("text equal", On("Code").Equal("c-0042"), c => c.Code == "C-0042"),
            ("reference equal", On("Parent").Equal(someParent), c => c.Parent == someParent),
            ("reference not empty", On("Parent").IsNotEmpty(), c => c.Parent is not null),
        };

        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            foreach (var (name, filter, expected) in cases)
            {
                var ids = await queries.Query(CompanyType.Name).Where(filter).ListIdsAsync();
                var want = published.Where(expected).Select(c => c.Id).Order().ToList();
                Assert.True(want.SequenceEqual(ids.Order()), $"{name}: expected {want.Count} items, the query gave {ids.Count}");
                Assert.True(want.Count > 0 || name.Contains("empty"), $"{name}: the data should hold matches, or the case proves nothing");
            }

            var combined = await queries.Query(CompanyType.Name).Where(On("Industry").Equal("Tech")).Where(On("Employees").GreaterThan(1000)).ListIdsAsync();
            Assert.Equal(published.Where(c => c.Industry == "Tech" && c.Employees > 1000).Select(c => c.Id).Order(), combined.Order());

            var latest = await queries.Query(CompanyType.Name).Latest().Where(On("Industry").Equal("Energy")).ListIdsAsync();
            Assert.Equal(companies.Where(c => c.Industry == "Energy").Select(c => c.Id).Order(), latest.Order());

            var named = await queries.Query(CompanyType.Name).DisplayTextContains("company 12").ListIdsAsync();
            Assert.Equal(published.Where(c => c.Name.Contains("Company 12")).Select(c => c.Id).Order(), named.Order());
        });
    }

    [Theory, Databases]
    public async Task Sorting_and_paging_by_a_field_agree_with_a_brute_force_sort(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        var companies = await shell.ScopeAsync(CreateCompaniesAsync);
        var published = companies.Where(c => c.Published).ToList();

        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            // Items without a value come last in both directions; ties keep creation order.
            var ascending = published.OrderBy(c => c.Employees is null).ThenBy(c => c.Employees).ThenBy(c => c.Index).Select(c => c.Id).ToList();
            var descending = published.OrderBy(c => c.Employees is null).ThenByDescending(c => c.Employees).ThenBy(c => c.Index).Select(c => c.Id).ToList();

            var page3 = await queries.Query(CompanyType.Name).OrderByField("Company", "Employees").ListAsync(page: 3, pageSize: 20);
            Assert.Equal(published.Count, page3.TotalCount);
            Assert.Equal(ascending.Skip(40).Take(20), page3.Items.Select(i => i.ContentItemId));

            var lastPage = await queries.Query(CompanyType.Name).OrderByField("Company", "Employees", descending: true).ListAsync(page: page3.PageCount, pageSize: 20);
            Assert.Equal(descending.Skip((page3.PageCount - 1) * 20), lastPage.Items.Select(i => i.ContentItemId));

            var byFounded = await queries.Query(CompanyType.Name).Where(On("Industry").Equal("Retail")).OrderByField("Company", "Founded", descending: true).ListAsync(1, 10);
            var expected = published.Where(c => c.Industry == "Retail").OrderBy(c => c.Founded is null).ThenByDescending(c => c.Founded).ThenBy(c => c.Index).Take(10).Select(c => c.Id);
            Assert.Equal(expected, byFounded.Items.Select(i => i.ContentItemId));
        });
    }

    [Theory, Databases]
    public async Task An_unknown_field_or_a_bad_value_is_a_clear_query_error(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            var unknown = await Assert.ThrowsAsync<ContentQueryException>(() => queries.Query(CompanyType.Name).Where(On("Colour").Equal("red")).ListAsync());
            Assert.Contains("Company.Colour", unknown.Message);
            var bad = await Assert.ThrowsAsync<ContentQueryException>(() => queries.Query(CompanyType.Name).Where(On("Employees").GreaterThan("many")).ListAsync());
            Assert.Contains("many", bad.Message);
        });
    }

    private static FieldFilterBuilder On(string field) => FieldFilter.On("Company", field);

    /// <summary>1,000 companies from a fixed seed, in one transaction (the content manager joins it); one in ten stays a draft.</summary>
    private static async Task<List<Company>> CreateCompaniesAsync(IServiceProvider sp)
    {
        var random = new Random(20261204);
        var content = sp.GetRequiredService<IContentManager>();
        var database = sp.GetRequiredService<CrmDbContext>();
        var companies = new List<Company>();
        await using var transaction = await database.Database.BeginTransactionAsync();
        for (var i = 0; i < 1000; i++)
        {
            var company = new Company(
                Index: i,
                Id: "",
                Published: random.Next(10) != 0,
                Name: $"Company {i}",
                Code: $"C-{i:0000}",
                Industry: random.Next(5) == 0 ? null : CompanyType.Industries[random.Next(CompanyType.Industries.Length)],
                Revenue: random.Next(6) == 0 ? null : Math.Round((decimal)random.NextDouble() * 1_000_000m, 2),
                Employees: random.Next(6) == 0 ? null : random.Next(0, 5000),
                Founded: random.Next(6) == 0 ? null : new DateOnly(1950, 1, 1).AddDays(random.Next(0, 27000)),
                Active: random.Next(4) == 0 ? null : random.Next(2) == 0,
                Tags: TagPool.Where(_ => random.Next(4) == 0).ToArray(),
                Parent: companies.Count > 0 && random.Next(5) == 0 ? companies[random.Next(companies.Count)].Id : null);
            var item = await CompanyType.NewAsync(content, company.Name, company.Code, company.Industry, company.Revenue, company.Employees,
                company.Founded, company.Active, company.Tags, company.Parent);
            var result = await content.CreateAsync(item, company.Published);
            Assert.True(result.Succeeded, result.ToString());
            companies.Add(company with { Id = item.ContentItemId });
        }
        await transaction.CommitAsync();
        return companies;
    }
}
