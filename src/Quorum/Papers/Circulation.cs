namespace Quorum.Papers;

/// <summary>Who a paper is circulated to.</summary>
public enum Circulation
{
    /// <summary>Anyone, once the meeting is public: only an OFFICIAL paper may be public.</summary>
    Public,

    /// <summary>Members of the bodies named on the paper (for example "for LCIOC use only").</summary>
    MembersOfBodies,

    /// <summary>The people named on the paper.</summary>
    NamedPeople,
}
