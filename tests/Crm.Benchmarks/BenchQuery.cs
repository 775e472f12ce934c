using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// The list a user would open: companies in one industry (one of five) with 3,000 to 5,999 employees
/// (30% of the range), biggest revenue first, the first page of 20. About 6% of the items match.
/// </summary>
public static class BenchQuery
{
    public const string Industry = "Tech";
    public const int MinEmployees = 3_000;
    public const int MaxEmployees = 5_999;
    public const int Page = 1;
    public const int PageSize = 20;

    /// <param name="industry">Another value gives the same query shape (for warming up) without its matches.</param>
    public static IContentQuery Apply(IContentQueryFactory queries, string industry = Industry) =>
        queries.Query(BenchCompany.TypeName)
            .Where(FieldFilter.On(BenchCompany.TypeName, "Industry").Equal(industry))
            .Where(FieldFilter.On(BenchCompany.TypeName, "Employees").Between(MinEmployees, MaxEmployees))
            .OrderByField(BenchCompany.TypeName, "Revenue", descending: true);
}
