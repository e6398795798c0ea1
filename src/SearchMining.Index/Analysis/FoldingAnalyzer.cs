using Lucene.Net.Analysis;
using SearchMining.Core.Normalization;

namespace SearchMining.Index.Analysis;

/// <summary>
/// Reads text through <see cref="ChineseCharacterFold"/> before <paramref name="inner"/> sees it (Traditional characters as
/// Simplified, PDF compatibility forms as unified ideographs), at index and query time alike, so 兩高一少 / 韓正 in a
/// Traditional copy are found by 两高一少 / 韩正. The fold keeps every character's position, so offsets stay those of the
/// text as written.
/// </summary>
internal sealed class FoldingAnalyzer(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new FoldingReader(reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>A reader that folds each character it hands out (one for one).</summary>
    private sealed class FoldingReader(TextReader source) : TextReader
    {
        public override int Peek() => Fold(source.Peek());

        public override int Read() => Fold(source.Read());

        private static int Fold(int c) => c < 0 ? c : ChineseCharacterFold.Fold((char)c);

        public override int Read(char[] buffer, int index, int count)
        {
            var read = source.Read(buffer, index, count);
            for (var i = index; i < index + read; i++) buffer[i] = ChineseCharacterFold.Fold(buffer[i]);
            return read;
        }

        public override int Read(Span<char> buffer)
        {
            var read = source.Read(buffer);
            for (var i = 0; i < read; i++) buffer[i] = ChineseCharacterFold.Fold(buffer[i]);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) source.Dispose();
            base.Dispose(disposing);
        }
    }
}
