namespace Jobportunities.Core.Trajectories;

/// <summary>What an instrument means to the app beyond its texts.</summary>
public enum InstrumentKind
{
    /// <summary>Any other step: werkfit, CV, coaching, matching, ….</summary>
    Standard,

    /// <summary>Opleiding: a course at a training provider; enrolling takes a seat.</summary>
    Training,

    /// <summary>Praktijkleren: ends with a Verklaring Praktijkleren (certificate).</summary>
    WorkBasedLearning,
}
