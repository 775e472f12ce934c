using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrchardCrm.Benchmarks;

/// <summary>Collects the text of every SQL command EF Core executes, for <c>--explain</c>.</summary>
public sealed class CommandLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    /// <summary>Registers the log with the shell's services (EF Core logs each executed command at Information).</summary>
    public void Register(IServiceCollection services) =>
        services.AddLogging(l => l
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)
            .AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new Collector(_commands);

    public void Dispose() { }

    private sealed class Collector(ConcurrentQueue<string> commands) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The executed-command event carries the SQL as its "commandText" value.
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values &&
                values.FirstOrDefault(v => v.Key == "commandText").Value is string sql)
                commands.Enqueue(sql);
        }
    }
}
