using System.Buffers;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Chinese word segmenter following jieba's published method: a prefix dictionary gives every word starting at each
/// character (a DAG), dynamic programming over log frequencies picks the most probable route, and a B/M/E/S HMM
/// cuts the runs the dictionary does not cover. Thread-safe: segmenting reads an immutable snapshot of the
/// dictionary and user words; adding user words swaps the snapshot atomically.
/// </summary>
/// <remarks>
/// Whitespace is not returned. Punctuation and other symbols come out one character a token. Offsets index the
/// input string (UTF-16), so <c>text[token.Start..token.End] == token.Text</c>.
/// </remarks>
public sealed class JiebaSegmenter
{
    private const int StackLimit = 256;

    private readonly HmmCutter _hmm;
    private readonly Lock _userWordsLock = new();
    private volatile Lexicon _lexicon;

    public JiebaSegmenter(JiebaDictionary dictionary, JiebaSegmenterOptions? options = null)
    {
        Dictionary = dictionary;
        Options = options ?? JiebaSegmenterOptions.Default;
        _hmm = new HmmCutter(dictionary.Hmm, Options.FullWidthAsAscii);
        _lexicon = new Lexicon(dictionary.Words, []);
    }

    public JiebaDictionary Dictionary { get; }

    public JiebaSegmenterOptions Options { get; }

    /// <summary>Number of user words added so far.</summary>
    public int UserWordCount => _lexicon.UserEntries.Count;

    /// <summary>The bundled jieba dictionary plus the bundled domain user dictionary of disclosure-report terms.</summary>
    public static JiebaSegmenter CreateDefault(JiebaSegmenterOptions? options = null) =>
        CreateDefault(JiebaDictionary.LoadDefault(), options);

    /// <summary>A segmenter over an already loaded dictionary, with the bundled domain user dictionary.</summary>
    public static JiebaSegmenter CreateDefault(JiebaDictionary dictionary, JiebaSegmenterOptions? options = null)
    {
        var segmenter = new JiebaSegmenter(dictionary, options);
        using var stream = BundledData.Open(BundledData.DomainUserDictionary);
        using var reader = new StreamReader(stream);
        segmenter.AddWords(DictionaryReader.Read(reader).Words);
        return segmenter;
    }

    /// <summary>The words of <paramref name="text"/>; empty for null or empty input.</summary>
    public IReadOnlyList<WordToken> Segment(string? text, SegmentationMode mode = SegmentationMode.Precise)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var spans = new List<TokenSpan>(text.Length / 2 + 4);
        Segment(text.AsSpan(), mode, spans);
        var tokens = new WordToken[spans.Count];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = new WordToken(text.Substring(spans[i].Start, spans[i].Length), spans[i].Start, spans[i].End);
        return tokens;
    }

    /// <summary>The words of <paramref name="text"/>; just the text of each word.</summary>
    public IReadOnlyList<string> Cut(string? text, SegmentationMode mode = SegmentationMode.Precise) =>
        Segment(text, mode).Select(t => t.Text).ToArray();

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="output"/> as offsets (no strings allocated).</summary>
    public void Segment(ReadOnlySpan<char> text, SegmentationMode mode, List<TokenSpan> output)
    {
        var lexicon = _lexicon;
        var first = output.Count;
        CutText(text, lexicon, Options.UseHmm, output);
        if (mode == SegmentationMode.Search)
            SearchExpander.Expand(text, lexicon, output, first, Options);
    }

    /// <summary>Whether <paramref name="word"/> is in the dictionary or the user words.</summary>
    public bool Contains(string word) => !string.IsNullOrEmpty(word) && _lexicon.IsWord(word);

    /// <summary>The frequency used for <paramref name="word"/> (user words override the dictionary), 0 if unknown.</summary>
    public int FrequencyOf(string word) => string.IsNullOrEmpty(word) ? 0 : _lexicon.FrequencyOf(word);

    /// <summary>Adds (or re-weights) one word; see <see cref="AddWords"/>.</summary>
    public void AddWord(string word, int? frequency = null) => AddWords([new UserWord(word, frequency)]);

    /// <summary>
    /// Adds user words. A word without a frequency gets the smallest frequency that makes the segmenter keep it
    /// whole (jieba's <c>suggest_freq</c>, computed against the words known before this call). Blank words are ignored.
    /// </summary>
    public void AddWords(IEnumerable<UserWord> words)
    {
        lock (_userWordsLock)
        {
            var current = _lexicon;
            var entries = new List<DictionaryEntry>(current.UserEntries);
            foreach (var word in words)
            {
                var text = word.Word?.Trim();
                if (string.IsNullOrEmpty(text) || text.Any(char.IsWhiteSpace))
                    continue;
                entries.Add(new DictionaryEntry(text, word.Frequency ?? SuggestFrequency(text, current)));
            }
            _lexicon = new Lexicon(current.Main, entries);
        }
    }

    /// <summary>Reads a user dictionary (<c>word [freq] [tag]</c> lines) and adds its words; returns what was read.</summary>
    public DictionaryReadResult LoadUserDictionary(TextReader reader)
    {
        var result = DictionaryReader.Read(reader);
        AddWords(result.Words);
        return result;
    }

    /// <summary>
    /// Reads a user dictionary file (UTF-8, <c>word [freq] [tag]</c> lines) and adds its words. A missing or unreadable
    /// file adds nothing and comes back as a warning.
    /// </summary>
    public async Task<DictionaryReadResult> LoadUserDictionaryAsync(string path, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new DictionaryReadResult([], [$"user dictionary '{path}' could not be read: {e.Message}"]);
        }
        return LoadUserDictionary(new StringReader(text));
    }

    private int SuggestFrequency(string word, Lexicon lexicon)
    {
        var parts = new List<TokenSpan>();
        CutText(word, lexicon, useHmm: false, parts);
        var total = (double)lexicon.TotalFrequency;
        var probability = 1.0;
        foreach (var part in parts)
            probability *= FrequencyOrOne(word.AsSpan(part.Start, part.Length), lexicon) / total;
        var own = lexicon.FrequencyOf(word);
        return Math.Max((int)Math.Min(probability * total, int.MaxValue - 1) + 1, own > 0 ? own : 1);
    }

    private static int FrequencyOrOne(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        var frequency = lexicon.FrequencyOf(word);
        return frequency > 0 || lexicon.Main.Find(word) != WordTrie.None ? frequency : 1;
    }

    private void CutText(ReadOnlySpan<char> text, Lexicon lexicon, bool useHmm, List<TokenSpan> output)
    {
        var fullWidth = Options.FullWidthAsAscii;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClasses.IsBlockChar(c, fullWidth))
            {
                var j = i + 1;
                while (j < text.Length && CharClasses.IsBlockChar(text[j], fullWidth))
                    j++;
                var firstOfBlock = output.Count;
                CutBlock(text[i..j], i, lexicon, useHmm, output);
                if (Options.JoinDateUnits)
                    DateUnits.Join(text, output, firstOfBlock, fullWidth, lexicon);
                i = j;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                if (Options.JoinRepeatedPunctuation && CharClasses.IsRepeatablePunctuation(c))
                    while (i + length < text.Length && text[i + length] == c)
                        length++;
                output.Add(new TokenSpan(i, i + length));
                i += length;
            }
        }
    }

    private void CutBlock(ReadOnlySpan<char> block, int offset, Lexicon lexicon, bool useHmm, List<TokenSpan> output)
    {
        var n = block.Length;
        int[]? rentedNext = null;
        double[]? rentedScore = null;
        Span<int> next = n <= StackLimit ? stackalloc int[n] : (rentedNext = ArrayPool<int>.Shared.Rent(n));
        Span<double> score = n < StackLimit ? stackalloc double[n + 1] : (rentedScore = ArrayPool<double>.Shared.Rent(n + 1));
        try
        {
            lexicon.BestRoute(block, next, score);
            if (useHmm)
                EmitWithHmm(block, offset, next, lexicon, output);
            else
                EmitWithoutHmm(block, offset, next, output);
        }
        finally
        {
            if (rentedNext is not null)
                ArrayPool<int>.Shared.Return(rentedNext);
            if (rentedScore is not null)
                ArrayPool<double>.Shared.Return(rentedScore);
        }
    }

    // Consecutive single characters on the route are gathered; if together they are not a word, the HMM cuts them.
    private void EmitWithHmm(ReadOnlySpan<char> block, int offset, ReadOnlySpan<int> next, Lexicon lexicon, List<TokenSpan> output)
    {
        var pending = -1;
        var x = 0;
        while (x < block.Length)
        {
            var y = next[x];
            if (y - x == 1)
            {
                if (pending < 0)
                    pending = x;
            }
            else
            {
                if (pending >= 0)
                    FlushSingles(block, offset, pending, x, lexicon, output);
                pending = -1;
                output.Add(new TokenSpan(offset + x, offset + y));
            }
            x = y;
        }
        if (pending >= 0)
            FlushSingles(block, offset, pending, block.Length, lexicon, output);
    }

    private void FlushSingles(ReadOnlySpan<char> block, int offset, int start, int end, Lexicon lexicon, List<TokenSpan> output)
    {
        if (end - start == 1)
        {
            output.Add(new TokenSpan(offset + start, offset + end));
        }
        else if (!lexicon.IsWord(block[start..end]))
        {
            _hmm.Cut(block[start..end], offset + start, output);
        }
        else
        {
            for (var i = start; i < end; i++)
                output.Add(new TokenSpan(offset + i, offset + i + 1));
        }
    }

    // Without the HMM, consecutive single Latin letters and digits are joined; everything else follows the route.
    private void EmitWithoutHmm(ReadOnlySpan<char> block, int offset, ReadOnlySpan<int> next, List<TokenSpan> output)
    {
        var fullWidth = Options.FullWidthAsAscii;
        var pending = -1;
        var x = 0;
        while (x < block.Length)
        {
            var y = next[x];
            if (y - x == 1 && CharClasses.IsLatin(block[x], fullWidth))
            {
                if (pending < 0)
                    pending = x;
            }
            else
            {
                if (pending >= 0)
                    output.Add(new TokenSpan(offset + pending, offset + x));
                pending = -1;
                output.Add(new TokenSpan(offset + x, offset + y));
            }
            x = y;
        }
        if (pending >= 0)
            output.Add(new TokenSpan(offset + pending, offset + block.Length));
    }
}
