namespace Telltale.Ingestion.Writing;

/// <summary>The store refused the write (disk full, I/O error, shutting down). Nothing of the request was kept;
/// the client should retry later.</summary>
public sealed class WriterUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
