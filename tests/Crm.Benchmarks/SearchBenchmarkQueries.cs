namespace OrchardCrm.Benchmarks;

/// <summary>
/// The same 1,000 queries on every run, in the syntax people type: single words, two words, prefixes,
/// phrases, field:value, OR/NOT and fuzzy, over the generated companies' names, cities and contacts.
/// </summary>
internal static class SearchBenchmarkQueries
{
    private static readonly string[] Cities = ["Lyon", "Porto", "Leeds", "Graz", "Gdansk", "Malmo", "Turku", "Cork", "Ghent", "Bern", "Brno", "Bilbao", "Aarhus", "Trieste", "Utrecht", "Tartu"];
    private static readonly string[] FirstNames = ["Ada", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaori", "Lars", "Mira", "Nils", "Olga", "Pablo"];
    private static readonly string[] LastNames = ["Moreau", "Silva", "Hughes", "Berger", "Nowak", "Lind", "Virtanen", "Walsh", "Peeters", "Keller", "Novak", "Garcia", "Jensen", "Rossi", "Bakker", "Tamm"];

    public static List<string> Generate(int count, int items)
    {
        var random = new Random(4242);
        string Pick(string[] pool) => pool[random.Next(pool.Length)];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 => Pick(LastNames),
                1 => $"{Pick(LastNames)} {Pick(Cities)}",
                2 => Pick(LastNames)[..4] + "*",
                3 => $"\"{Pick(FirstNames)} {Pick(LastNames)}\"",
                4 => $"city:{Pick(Cities).ToLowerInvariant()}",
                5 => $"{Pick(Cities)} OR {Pick(Cities)}",
                6 => $"{Pick(LastNames)} NOT {Pick(Cities)}",
                7 => Pick(LastNames).ToLowerInvariant()[..^1] + "~",
                8 => $"{Pick(LastNames)} {random.Next(items)}",
                _ => $"contact:{Pick(FirstNames).ToLowerInvariant()} AND {Pick(Cities)}",
            });
        }
        return queries;
    }
}
