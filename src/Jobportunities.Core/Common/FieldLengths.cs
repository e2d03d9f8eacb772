namespace Jobportunities.Core.Common;

/// <summary>
/// Column lengths of what people type, shared by the EF configurations (HasMaxLength) and the
/// validators (MaximumLength): a form can never send what its column cannot hold (docs/security.md).
/// </summary>
public static class FieldLengths
{
    /// <summary>A person's contact details: applications and participant files.</summary>
    public static class Person
    {
        public const int GivenName = 100;
        public const int FamilyName = 100;
        public const int Email = 254;
        public const int Phone = 30;
        public const int Street = 150;
        public const int HouseNumber = 20;
        public const int Postcode = 10;
        public const int City = 100;
        public const int Country = 2;
    }

    /// <summary>The intake form's free texts.</summary>
    public static class Intake
    {
        public const int Languages = 100;
        public const int OtherLanguages = 200;
        public const int WorkExperience = 4000;
        public const int SectorWishes = 300;
        public const int ExternalReference = 64;
        public const int ReferralReason = 2000;
        public const int DecisionReason = 2000;
    }

    /// <summary>The participant file's own texts.</summary>
    public static class File
    {
        public const int PreferredSectors = 300;
        public const int WorkPreferences = 2000;
        public const int NextAction = 300;
        public const int PhaseNote = 500;
        public const int LadderNote = 500;
        public const int ContactSummary = 4000;
        public const int FunctionalLimitations = 2000;
        public const int ExperienceDescription = 500;
        public const int SkillName = 100;
        public const int LanguageName = 20;
    }

    /// <summary>The follow-up six months after leaving.</summary>
    public static class FollowUp
    {
        public const int Note = 1000;
    }

    /// <summary>A staff account.</summary>
    public static class Account
    {
        public const int Email = 256;
        public const int DisplayName = 200;

        /// <summary>An account's id (Identity's key column), as posted when a coach is chosen.</summary>
        public const int UserId = 450;
    }

    /// <summary>A programme's own texts.</summary>
    public static class Programme
    {
        public const int Name = 200;
        public const int Description = 2000;
    }

    /// <summary>Placements and their durable checks.</summary>
    public static class Placement
    {
        public const int DurableCheckNote = 1000;
    }

    /// <summary>Matching.</summary>
    public static class Matching
    {
        public const int ProposalNote = 1000;
    }

    /// <summary>A coaching plan's own texts.</summary>
    public static class Plan
    {
        /// <summary>Why a plan instrument added by mistake was withdrawn.</summary>
        public const int WithdrawReason = 500;
    }

    /// <summary>Documents on a participant's file.</summary>
    public static class Documents
    {
        public const int FileName = 200;
        public const int ContentType = 100;
    }
}
