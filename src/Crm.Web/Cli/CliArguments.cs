namespace OrchardCrm.Web.Cli;

/// <summary>
/// The command line split into configuration overrides (the options every command takes), the command
/// words, and the command's own options. Options are "--name value" or "--name=value".
/// </summary>
public sealed class CliArguments
{
    /// <summary>Options every command takes, and the configuration key each one sets.</summary>
    public static readonly IReadOnlyDictionary<string, string> ConfigurationOptions = new Dictionary<string, string>
    {
        ["--data-dir"] = "Crm:DataDirectory",
        ["--database"] = "Crm:Database:Provider",
        ["--connection"] = "Crm:Database:ConnectionString",
        ["--recipes-dir"] = "Crm:RecipesDirectory",
    };

    private readonly List<string> _tokens;

    private CliArguments(Dictionary<string, string?> configuration, List<string> tokens, bool verbose)
    {
        Configuration = configuration;
        _tokens = tokens;
        Verbose = verbose;
    }

    public IReadOnlyDictionary<string, string?> Configuration { get; }

    public bool Verbose { get; }

    /// <summary>What is left: the command, its arguments and options not taken yet.</summary>
    public IReadOnlyList<string> Remaining => _tokens;

    public static CliArguments Parse(IEnumerable<string> args)
    {
        var configuration = new Dictionary<string, string?>();
        var tokens = new List<string>();
        var verbose = false;
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var (name, inline) = Split(list[i]);
            if (name == "--verbose") { verbose = true; continue; }
            if (!ConfigurationOptions.TryGetValue(name, out var key)) { tokens.Add(list[i]); continue; }
            var value = inline ?? (i + 1 < list.Count ? list[++i] : throw CliException.Usage($"{name} needs a value."));
            configuration[key] = name == "--database" ? value.ToLowerInvariant() : value;
        }
        return new CliArguments(configuration, tokens, verbose);
    }

    /// <summary>Takes the first word if it is not an option.</summary>
    public string? TakeWord()
    {
        if (_tokens.Count == 0 || _tokens[0].StartsWith("--", StringComparison.Ordinal)) return null;
        var word = _tokens[0];
        _tokens.RemoveAt(0);
        return word;
    }

    public string? TakeOption(string name)
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var (option, inline) = Split(_tokens[i]);
            if (option != name) continue;
            if (inline is null && i + 1 >= _tokens.Count) throw CliException.Usage($"{name} needs a value.");
            var value = inline ?? _tokens[i + 1];
            _tokens.RemoveRange(i, inline is null ? 2 : 1);
            return value;
        }
        return null;
    }

    public List<string> TakeOptions(string name)
    {
        var values = new List<string>();
        while (TakeOption(name) is { } value) values.Add(value);
        return values;
    }

    public bool TakeFlag(string name)
    {
        var index = _tokens.IndexOf(name);
        if (index < 0) return false;
        _tokens.RemoveAt(index);
        return true;
    }

    /// <summary>The remaining words; an option nobody took is an error.</summary>
    public List<string> TakeRest()
    {
        var unknown = _tokens.FirstOrDefault(t => t.StartsWith("--", StringComparison.Ordinal));
        if (unknown is not null) throw CliException.Usage($"unknown option '{Split(unknown).Name}'.");
        var rest = _tokens.ToList();
        _tokens.Clear();
        return rest;
    }

    private static (string Name, string? Value) Split(string token)
    {
        if (!token.StartsWith("--", StringComparison.Ordinal)) return (token, null);
        var equals = token.IndexOf('=');
        return equals < 0 ? (token, null) : (token[..equals], token[(equals + 1)..]);
    }
}
