using System.Security.Cryptography;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// A binary snapshot of the trie built from a dictionary, stored as <c>jieba-trie-{hash}.bin</c> where the hash is
/// that of the dictionary bytes, so an edited dictionary never reuses a stale snapshot. All I/O failures are
/// swallowed: the cache only saves time.
/// </summary>
internal sealed class TrieCacheFile
{
    private readonly string _path;

    public TrieCacheFile(string directory, Stream dictionary)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(dictionary))[..20];
        _path = Path.Combine(directory, $"jieba-trie-{hash}.bin");
    }

    public WordTrie? TryRead()
    {
        try
        {
            if (!File.Exists(_path))
                return null;
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            return WordTrieSnapshot.TryRead(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void TryWrite(WordTrie trie)
    {
        var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
                WordTrieSnapshot.Write(trie, stream);
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is optional.
            }
        }
    }
}
