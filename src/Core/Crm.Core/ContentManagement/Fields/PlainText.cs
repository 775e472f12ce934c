using System.Net;
using System.Text.RegularExpressions;

namespace OrchardCrm.ContentManagement.Fields;

/// <summary>The words of HTML or Markdown without their markup, for indexes, lists and the audit trail.</summary>
public static partial class PlainText
{
    public static string FromHtml(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        text = Tag().Replace(text, " ");
        return Collapse(WebUtility.HtmlDecode(text));
    }

    public static string FromMarkdown(string markdown)
    {
        var text = CodeFence().Replace(markdown, " ");
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = LinePrefix().Replace(text, "");
        text = Emphasis().Replace(text, "");
        text = Tag().Replace(text, " ");
        return Collapse(WebUtility.HtmlDecode(text));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*(```|~~~).*$", RegexOptions.Multiline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    /// <summary>Headings, quotes and list markers at the start of a line.</summary>
    [GeneratedRegex(@"^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+\.[ \t]+)", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"(\*\*|__|\*|~~|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
