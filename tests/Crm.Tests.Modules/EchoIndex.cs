using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Tests.Modules;

/// <summary>A map index over "Note" items: their word count.</summary>
[MapIndexColumns(nameof(Words), nameof(FirstWord))]
public sealed class EchoIndex : MapIndex
{
    public int Words { get; set; }
    public string? FirstWord { get; set; }
}

public sealed class EchoIndexProvider : IndexProvider<EchoIndex>
{
    public override IEnumerable<EchoIndex> Map(ContentItem item)
    {
        if (item.ContentType != "Note") yield break;
        var text = item.GetField("Note", "Body")?["Text"]?.GetValue<string>() ?? "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return new EchoIndex { Words = words.Length, FirstWord = words.FirstOrDefault() };
    }
}
