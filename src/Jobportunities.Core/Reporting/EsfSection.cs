namespace Jobportunities.Core.Reporting;

/// <summary>The parts of Annex I of Regulation (EU) 2021/1057 that concern participants.</summary>
public enum EsfSection
{
    Output,
    OtherOutput,
    ImmediateResult,
    LongerTermResult,
}
