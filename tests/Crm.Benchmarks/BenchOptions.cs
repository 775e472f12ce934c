namespace OrchardCrm.Benchmarks;

/// <summary>The command line: <c>[--items N] [--only create|query|account360] [--explain]</c>.</summary>
/// <param name="Account360">The account 360 page benchmark (issue 4), run only when asked for.</param>
public sealed record BenchOptions(int Items, bool Create, bool Query, bool Explain, bool Account360 = false)
{
    public const int DefaultItems = 100_000;

    public const string Usage = "usage: dotnet run -c Release --project tests/Crm.Benchmarks -- [--items N] [--only create|query|account360] [--explain]";

    public static BenchOptions Parse(string[] args)
    {
        var items = DefaultItems;
        string? only = null;
        var explain = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--items":
                    if (i + 1 >= args.Length || !int.TryParse(args[++i].Replace("_", "").Replace(",", ""), out items) || items < BenchQuery.PageSize * 50)
                        throw new ArgumentException($"--items needs a whole number of at least {BenchQuery.PageSize * 50:N0} (enough matches for a full page).");
                    break;
                case "--only":
                    only = i + 1 < args.Length ? args[++i] : null;
                    if (only is not ("create" or "query" or "account360")) throw new ArgumentException("--only takes 'create', 'query' or 'account360'.");
                    break;
                case "--explain":
                    explain = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return new BenchOptions(items, only is null or "create", only is null or "query", explain, only is "account360");
    }
}
