namespace Telltale.Storage.DuckDb;

/// <summary>The data file was written with another schema version than this build's, so it is not opened (nothing in
/// it is changed). The message says which file and what to do.</summary>
public sealed class IncompatibleDataFileException(string filePath, int fileVersion, int supportedVersion)
    : Exception($"The data file '{filePath}' has schema version {fileVersion}; this Telltale reads version {supportedVersion} only. " +
                (fileVersion < supportedVersion
                    ? "It was written by an older Telltale, whose storage format is not migrated: move the file away (or point --data-dir at a new folder) to start a new one."
                    : "It was written by a newer Telltale: run that version, or point --data-dir at another folder."))
{
    public string FilePath { get; } = filePath;
    public int FileVersion { get; } = fileVersion;
}
