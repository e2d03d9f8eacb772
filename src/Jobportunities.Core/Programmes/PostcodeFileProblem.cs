namespace Jobportunities.Core.Programmes;

/// <summary>Why a postcode file could not be read; the form names the file so it can be picked again.</summary>
public enum PostcodeFileProblem
{
    None,
    TooLarge,
    NotUtf8,
    Empty,
}
