using OrchardCrm.Accounts.Models;

namespace OrchardCrm.Accounts.SampleData;

/// <summary>The vocabulary of the sample book: names, places, titles and the texts of activities and tasks.</summary>
internal static class SampleWords
{
    private static readonly string[] NameStems =
    [
        "Northwind", "Bluefjord", "Copperline", "Harborview", "Ironbark", "Lumen", "Meridian", "Oakridge", "Pinecrest", "Quarry",
        "Redwater", "Silverleaf", "Stonebridge", "Tidewell", "Vantage", "Westbrook", "Alder", "Brightpath", "Cobalt", "Driftwood",
        "Evergreen", "Foxglove", "Granite", "Highmark", "Juniper", "Keystone", "Larchmont", "Maplewood", "Nimbus", "Orchard",
        "Parkside", "Riverbend", "Summit", "Thornfield", "Upland", "Valewood", "Windmere", "Yarrow", "Zephyr", "Ashford",
    ];

    /// <summary>Name endings that fit each industry of the book.</summary>
    private static readonly Dictionary<string, string[]> EndingsByIndustry = new()
    {
        ["Software"] = ["Systems", "Labs", "Analytics", "Software"],
        ["Manufacturing"] = ["Industries", "Manufacturing", "Robotics", "Components"],
        ["Retail"] = ["Stores", "Outfitters", "Markets", "Retail"],
        ["Healthcare"] = ["Health", "Medical", "Care", "Clinics"],
        ["Financial services"] = ["Capital", "Financial", "Bank", "Insurance"],
        ["Logistics"] = ["Logistics", "Freight", "Shipping", "Transport"],
    };

    public static string Ending(Random random, string industry) =>
        EndingsByIndustry.TryGetValue(industry, out var endings) ? endings[random.Next(endings.Length)] : "Partners";

    public static readonly IReadOnlyList<string> Regions = ["Europe", "North America", "Asia Pacific", "Nordics", "Latin America", "UK"];
    public static readonly IReadOnlyList<string> TopLevelDomains = [".com", ".io", ".co", ".net"];

    /// <summary>The industries the book concentrates on (a few, as a real territory would).</summary>
    public static readonly IReadOnlyList<string> Industries = ["Software", "Manufacturing", "Retail", "Healthcare", "Financial services", "Logistics"];

    public static readonly IReadOnlyList<(string City, string Region, string Country)> Cities =
    [
        ("Boston", "MA", "US"), ("Austin", "TX", "US"), ("Chicago", "IL", "US"), ("Seattle", "WA", "US"), ("Toronto", "ON", "CA"),
        ("London", "England", "GB"), ("Manchester", "England", "GB"), ("Berlin", "Berlin", "DE"), ("Munich", "Bavaria", "DE"),
        ("Lyon", "Auvergne-Rhône-Alpes", "FR"), ("Amsterdam", "North Holland", "NL"), ("Stockholm", "Stockholm", "SE"), ("Madrid", "Madrid", "ES"),
    ];

    public static readonly IReadOnlyList<string> Streets = ["Main Street", "Harbor Road", "Market Square", "Station Avenue", "Mill Lane", "Commerce Drive", "Park Boulevard"];

    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Ada", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olivia",
        "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Anders", "Bianca", "Carlos", "Dana",
    ];

    public static readonly IReadOnlyList<string> LastNames =
    [
        "Andersen", "Baker", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau",
        "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Young", "Zimmermann",
    ];

    public static readonly IReadOnlyList<string> Languages = ["en", "en", "en", "de", "fr", "es", "sv", "nl"];
    public static readonly IReadOnlyList<string> TimeZones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Europe/Paris"];

    /// <summary>Positions by rank in an account's buying committee: the first is the executive.</summary>
    private static readonly (string Title, string Department, string Role)[] Positions =
    [
        ("Chief Operating Officer", "Executive", "Decision maker"),
        ("VP Finance", "Finance", "Economic buyer"),
        ("Head of IT", "IT", "Technical evaluator"),
        ("Operations Manager", "Operations", "Champion"),
        ("Procurement Lead", "Procurement", "Influencer"),
        ("Solutions Architect", "IT", "Technical evaluator"),
        ("Team Lead", "Operations", "User"),
        ("Legal Counsel", "Legal", "Gatekeeper"),
    ];

    public static (string Title, string Department, string Role) Position(int rank) => Positions[rank % Positions.Length];

    /// <summary>Distinct name stems, in an order fixed by the generator (numbered once the stems run out).</summary>
    public static List<string> CompanyStems(Random random, int count)
    {
        var stems = NameStems.OrderBy(_ => random.Next()).ToList();
        return [.. Enumerable.Range(0, count).Select(i => i < stems.Count ? stems[i] : $"{stems[i % stems.Count]} {i / stems.Count + 1}")];
    }

    public static string Slug(string text) =>
        string.Join('-', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)])).Where(w => w.Length > 0));

    /// <summary>Revenue that fits the size band, rounded to thousands.</summary>
    public static decimal Revenue(Random random, int sizeIndex)
    {
        decimal typical = sizeIndex switch { 0 => 500_000, 1 => 4_000_000, 2 => 20_000_000, 3 => 90_000_000, 4 => 400_000_000, _ => 2_000_000_000 };
        return Math.Round(typical * (decimal)(0.6 + random.NextDouble()) / 1000m) * 1000m;
    }

    public static string WeightedStage(Random random) => random.Next(10) switch
    {
        < 5 => "Customer", < 8 => "Prospect", 8 => "Partner", _ => "Churned",
    };

    public static string WeightedKind(Random random) => random.Next(20) switch
    {
        < 6 => ActivityKinds.Email, < 11 => ActivityKinds.Call, < 15 => ActivityKinds.Meeting, < 17 => ActivityKinds.Note, < 19 => ActivityKinds.Demo, _ => ActivityKinds.SiteVisit,
    };

    public static string WeightedPriority(Random random) => random.Next(10) switch
    {
        < 2 => "Low", < 7 => "Normal", < 9 => "High", _ => "Urgent",
    };

    public static decimal Duration(Random random, string kind) => kind switch
    {
        ActivityKinds.Call => 10 + 5 * random.Next(6),
        ActivityKinds.Meeting => 30 + 15 * random.Next(4),
        ActivityKinds.Demo => 45 + 15 * random.Next(3),
        ActivityKinds.SiteVisit => 120 + 60 * random.Next(3),
        _ => 0,
    };

    private static readonly string[] Topics = ["renewal", "pricing", "onboarding", "the security review", "expansion to a second site", "the integration roadmap", "support response times", "the annual budget", "a pilot"];

    public static IReadOnlyList<string> TagsFor(Random random, string industry) =>
        random.Next(3) == 0 ? [industry.ToLowerInvariant(), "reference"] : [industry.ToLowerInvariant()];

    public static (string Outcome, string Body) ActivityText(Random random, string kind, string? contact)
    {
        var topic = Topics[random.Next(Topics.Length)];
        var who = contact ?? "the team";
        return kind switch
        {
            ActivityKinds.Call => ($"Discussed {topic} with {who}", $"Call with {who} about {topic}.\nNext step: send a summary and a proposed date."),
            ActivityKinds.Email => ($"Sent follow-up on {topic}", $"Emailed {who} the material on {topic}."),
            ActivityKinds.Meeting => ($"Meeting on {topic}: agreed next steps", $"Met {who} to go through {topic}.\n- Concerns noted\n- Owner to follow up"),
            ActivityKinds.SiteVisit => ($"Site visit: toured operations, discussed {topic}", $"Visited the site with {who}; discussed {topic}."),
            ActivityKinds.Demo => ($"Demo of reporting and workflows for {who}", $"Product demo for {who}, focused on {topic}."),
            _ => ($"Note on {topic}", $"{who} mentioned {topic}; worth raising at the next review."),
        };
    }

    private static readonly string[] TaskVerbs = ["Send proposal to", "Schedule quarterly review with", "Follow up on pricing with", "Prepare renewal quote for", "Confirm onboarding plan with", "Share case study with", "Book site visit at"];

    public static string TaskTitle(Random random, string account, string? contact) =>
        $"{TaskVerbs[random.Next(TaskVerbs.Length)]} {contact ?? account}";
}
