namespace SearchMining.Scale;

/// <summary>Progress reported on the calling thread, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
