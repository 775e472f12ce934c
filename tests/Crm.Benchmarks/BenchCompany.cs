using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Benchmarks;

/// <summary>One generated company: the values its fields will hold.</summary>
public sealed record CompanyData(
    int Index, string Name, string Code, string City, string Contact, string Email, string Industry,
    int Employees, decimal Revenue, string Currency, DateOnly Founded, bool Active, string[] Tags);

/// <summary>
/// The benchmark's content type: ten fields of the indexed kinds an account list filters on, defined at
/// run time as an administrator would, and a seeded generator so every run stores the same data.
/// </summary>
public static class BenchCompany
{
    public const string TypeName = "BenchCompany";

    /// <summary>Bumped whenever the type or the generator changes, so a cached database built from older data is not reused.</summary>
    public const int DataVersion = 1;

    public const int Seed = 20261204;

    public static readonly string[] Industries = ["Retail", "Tech", "Health", "Energy", "Finance"];
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];
    private static readonly string[] Cities = ["Lyon", "Porto", "Leeds", "Graz", "Gdansk", "Malmo", "Turku", "Cork", "Ghent", "Bern", "Brno", "Bilbao", "Aarhus", "Trieste", "Utrecht", "Tartu"];
    private static readonly string[] FirstNames = ["Ada", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaori", "Lars", "Mira", "Nils", "Olga", "Pablo"];
    private static readonly string[] LastNames = ["Moreau", "Silva", "Hughes", "Berger", "Nowak", "Lind", "Virtanen", "Walsh", "Peeters", "Keller", "Novak", "Garcia", "Jensen", "Rossi", "Bakker", "Tamm"];
    private static readonly string[] TagPool = ["vip", "partner", "churn-risk", "new", "reseller", "public-sector", "startup", "enterprise"];

    public static async Task DefineAsync(IContentDefinitionManager definitions)
    {
        await definitions.AlterPartDefinitionAsync(TypeName, part => part
            .WithField("Code", FieldKinds.Text, "Code", s => { s.Required = true; s.MaxLength = 20; })
            .WithField("City", FieldKinds.Text, "City")
            .WithField("Contact", FieldKinds.Text, "Main contact")
            .WithField("Email", FieldKinds.Email, "Email")
            .WithField("Industry", FieldKinds.Options, "Industry", s => s.Options = [.. Industries])
            .WithField("Employees", FieldKinds.Numeric, "Employees", s => s.Minimum = 0)
            .WithField("Revenue", FieldKinds.Money, "Annual revenue", s => { s.Minimum = 0; s.DefaultCurrency = "EUR"; })
            .WithField("Founded", FieldKinds.Date, "Founded")
            .WithField("Active", FieldKinds.Boolean, "Active")
            .WithField("Tags", FieldKinds.Tags, "Tags"));
        await definitions.AlterTypeDefinitionAsync(TypeName, type => type.DisplayedAs("Bench company").WithPart(TypeName));
    }

    /// <summary>The same <paramref name="count"/> companies on every run.</summary>
    public static List<CompanyData> Generate(int count)
    {
        var random = new Random(Seed);
        var companies = new List<CompanyData>(count);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var city = Cities[random.Next(Cities.Length)];
            companies.Add(new CompanyData(
                Index: i,
                Name: $"{last} {city} {i}",
                Code: $"BC-{i:000000}",
                City: city,
                Contact: $"{first} {last}",
                Email: $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i}@example.com",
                Industry: Industries[random.Next(Industries.Length)],
                Employees: random.Next(0, 10_000),
                Revenue: Math.Round((decimal)random.NextDouble() * 10_000_000m, 2),
                Currency: Currencies[random.Next(Currencies.Length)],
                Founded: new DateOnly(1950, 1, 1).AddDays(random.Next(0, 27_000)),
                Active: random.Next(2) == 0,
                Tags: TagPool.Where(_ => random.Next(5) == 0).ToArray()));
        }
        return companies;
    }

    /// <summary>Writes the company's values into an item's JSON, in the shapes the field kinds store.</summary>
    public static void Fill(ContentItem item, CompanyData company)
    {
        item.DisplayText = company.Name;
        var part = item.GetOrCreatePart(TypeName);
        part["Code"] = new JsonObject { ["Text"] = company.Code };
        part["City"] = new JsonObject { ["Text"] = company.City };
        part["Contact"] = new JsonObject { ["Text"] = company.Contact };
        part["Email"] = new JsonObject { ["Email"] = company.Email };
        part["Industry"] = new JsonObject { ["Values"] = new JsonArray(company.Industry) };
        part["Employees"] = new JsonObject { ["Value"] = company.Employees };
        part["Revenue"] = new JsonObject { ["Amount"] = company.Revenue, ["Currency"] = company.Currency };
        part["Founded"] = new JsonObject { ["Value"] = company.Founded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        part["Active"] = new JsonObject { ["Value"] = company.Active };
        part["Tags"] = new JsonObject { ["Tags"] = new JsonArray(company.Tags.Select(t => (JsonNode?)t).ToArray()) };
    }

    /// <summary>The item JSON the content store writes for this company (its <c>Content</c> column), for the raw-insert baseline.</summary>
    public static string ContentJsonOf(CompanyData company)
    {
        var item = new ContentItem { ContentType = TypeName };
        Fill(item, company);
        return item.Content.ToJsonString(ContentJson.Options);
    }
}
