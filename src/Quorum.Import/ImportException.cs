namespace Quorum.Import;

/// <summary>
/// A document Quorum refuses to read. The message is written for the clerk who uploaded it.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
