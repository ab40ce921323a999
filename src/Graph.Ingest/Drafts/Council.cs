namespace Graph.Ingest;

/// <summary>What reading drafts and votes takes as known of the United Nations: the bodies drafts are put to, and the
/// Security Council's permanent members (whose NO is a veto).</summary>
internal static class Council
{
    public static readonly IReadOnlySet<string> Forums = new HashSet<string> { "un-security-council", "un-general-assembly", "un-human-rights-council", "iaea" };
    public static readonly IReadOnlySet<string> PermanentMembers = new HashSet<string> { "china", "france", "russia", "united-kingdom", "united-states" };
}
