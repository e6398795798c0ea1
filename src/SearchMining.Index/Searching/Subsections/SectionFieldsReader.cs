using Lucene.Net.Index;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching.Subsections;

/// <summary>
/// The index seen with each section text field also under its subsection name (<c>sub_text_words</c> reads
/// <c>text_words</c>, …): what an index without subsection documents can tell a subsection query at build time (whether a
/// word is held anywhere, a word's specificity, a prefix's words) and at scoring (document frequencies, average length) —
/// counted over sections, not subsections.
/// </summary>
internal sealed class SectionFieldsReader : FilterDirectoryReader
{
    public SectionFieldsReader(DirectoryReader reader) : base(reader, new Wrapper()) { }

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new SectionFieldsReader(input);

    /// <summary>The section field a subsection field name stands for (other names unchanged).</summary>
    public static string SectionField(string field)
    {
        if (field == TextFields.Subsection.Words) return TextFields.Section.Words;
        if (field == TextFields.Subsection.Bigram) return TextFields.Section.Bigram;
        if (field == TextFields.Subsection.SmartCn) return TextFields.Section.SmartCn;
        if (field == TextFields.Subsection.TitleWords) return TextFields.Section.TitleWords;
        return field;
    }

    private sealed class Wrapper : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new Aliased(reader);
    }

    private sealed class Aliased(AtomicReader reader) : FilterAtomicReader(reader)
    {
        public override Fields Fields => base.Fields is { } fields ? new AliasedFields(fields) : null!;

        public override NumericDocValues GetNormValues(string field) => base.GetNormValues(SectionField(field));
    }

    private sealed class AliasedFields(Fields fields) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => base.GetTerms(SectionField(field));
    }
}
