namespace SearchMining.Core.Themes;

/// <summary>
/// One aspect of a theme that a weakness or a promise names (覆盖面, 及时性, 解读形式 …): its id, the theme it belongs to,
/// a Chinese label and the words that show it. Finer than a theme: 主动性 and 主动公开意识 share the aspect
/// <c>awareness</c>, while 机制 and 清单 (both <c>standardization</c>) do not share one.
/// </summary>
public sealed record WeaknessAspect(string Id, string Theme, string Label, IReadOnlyList<string> CueWords);
