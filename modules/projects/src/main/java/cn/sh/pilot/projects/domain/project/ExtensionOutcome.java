package cn.sh.pilot.projects.domain.project;

/** The municipal bureau's answer to an extension request ({@code cm:Decision}). */
public enum ExtensionOutcome {
    APPROVED,
    REJECTED
}
