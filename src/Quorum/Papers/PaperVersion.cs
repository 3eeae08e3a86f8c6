using Quorum.Access;

namespace Quorum.Papers;

/// <summary>One upload of a paper. The file itself is kept in the paper store under its SHA-256.</summary>
public class PaperVersion : IOwned
{
    Owner IOwned.Owner => Owner.Of<Paper>(PaperId);

    public int Id { get; set; }

    public int PaperId { get; set; }

    public Paper? Paper { get; set; }

    public int Number { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; also the key in the paper store.</summary>
    public required string Sha256 { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }
}
