namespace Jobportunities.Core.Matching;

public enum TravelMode
{
    Car,
    PublicTransport,
}
