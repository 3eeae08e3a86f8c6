namespace Quorum.Programmes;

/// <summary>Red, amber, green: the programme-board status of time, cost, scope and the whole.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}

/// <summary>How an overall RAG follows from its parts when the author does not set it.</summary>
public static class RagRule
{
    /// <summary>The worst of the parts: one red makes the whole red.</summary>
    public static Rag Overall(Rag time, Rag cost, Rag scope) => (Rag)Math.Max((int)time, Math.Max((int)cost, (int)scope));
}
