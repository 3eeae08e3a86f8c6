namespace Quorum;
/// <summary>Marker for the Quorum model assembly.</summary>
public static class QuorumModel;
