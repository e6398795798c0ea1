namespace SearchMining.Core.Parsing;

/// <summary>The bullets a converted page puts at a line's start (- * • · ● ■ ◆ ▪): the one definition the heading finder and the metadata readers use.</summary>
internal static class LineBullets
{
    /// <summary>The bullet characters as the body of a regex character class (<c>"[" + Chars + "]"</c>).</summary>
    internal const string Chars = "-*•·●■◆▪";
}
