using System.Collections.Concurrent;

namespace OrchardCrm.Tests.Modules;

/// <summary>What the Echo contributions did, for tests to read.</summary>
public sealed class EchoLog
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public void Write(string entry) => Entries.Enqueue(entry);
}
