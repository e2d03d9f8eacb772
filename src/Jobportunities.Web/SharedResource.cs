namespace Jobportunities.Web;

/// <summary>
/// Marker for the shared UI texts: Resources/SharedResource.resx (Dutch, the default),
/// SharedResource.de.resx and SharedResource.en.resx.
/// </summary>
public sealed class SharedResource;
