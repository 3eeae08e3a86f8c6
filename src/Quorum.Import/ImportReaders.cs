namespace Quorum.Import;
/// <summary>Marker for the import readers assembly.</summary>
public static class ImportReaders;
