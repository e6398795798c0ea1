using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchMining.Corpus.Tests.Fixtures;

/// <summary>Rewrites the user data of an index's last commit, as an older or differently built program would have left it.</summary>
public static class IndexStamp
{
    public static void Set(string indexPath, string key, string? value)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var analyzer = new WhitespaceAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.APPEND });
        var data = new Dictionary<string, string>(writer.CommitData);
        if (value is null) data.Remove(key);
        else data[key] = value;
        writer.SetCommitData(data);
        writer.Commit();
    }

    public static IDictionary<string, string> Read(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return new Dictionary<string, string>(infos.UserData);
    }
}
