namespace OrchardCrm.Benchmarks;

/// <summary>The command line: <c>[--items N] [--only create|query|account360|board|search] [--explain]</c>.</summary>
/// <param name="Account360">The account 360 page benchmark (issue 4), run only when asked for.</param>
/// <param name="Board">The deals board benchmark (issue 5), run only when asked for (--only board).</param>
/// <param name="Search">The search benchmark (issue 6), run only when asked for (--only search).</param>
public sealed record BenchOptions(int Items, bool Create, bool Query, bool Explain, bool Account360 = false, bool Board = false, bool Search = false)
{
    public const int DefaultItems = 100_000;

    public const string Usage = "usage: dotnet run -c Release --project tests/Crm.Benchmarks -- [--items N] [--only create|query|account360|board|search] [--explain]";

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
                    if (only is not ("create" or "query" or "account360" or "board" or "search")) throw new ArgumentException("--only takes 'create', 'query', 'account360', 'board' or 'search'.");
                    break;
                case "--explain":
                    explain = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return new BenchOptions(items, only is null or "create", only is null or "query", explain, only is "account360", only is "board", only is "search");
    }
}
