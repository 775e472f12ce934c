using System.Text.Json;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// What this node's copy of an index has taken in, kept in a file beside the index: the last task id
/// applied and committed, the definition generations it was built and reset for, and the document
/// format of the code that built it.
/// </summary>
public sealed record IndexCursor(long TaskId, long Generation, long ResetGeneration, int Format = 0)
{
    public static IndexCursor? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexCursor>(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null; // an unreadable cursor means an index we cannot trust: rebuilt by the caller
        }
    }

    /// <summary>Written to a temporary file and moved over the old one, so a crash leaves one or the other.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this));
        File.Move(temporary, path, overwrite: true);
    }
}
