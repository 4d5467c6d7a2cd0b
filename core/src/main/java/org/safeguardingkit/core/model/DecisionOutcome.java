package org.safeguardingkit.core.model;

/**
 * What a decision decided.
 */
public enum DecisionOutcome {
    /** No further action. */
    NO_FURTHER_ACTION,
    /** Monitor. */
    MONITOR,
    /** Signpost to a service. */
    SIGNPOST,
    /** Early help. */
    EARLY_HELP,
    /** Referral to statutory services. */
    STATUTORY_REFERRAL,
    /** Referral to the police. */
    POLICE_REFERRAL,
    /** A risk assessment. */
    RISK_ASSESSMENT,
    /** Any other outcome. */
    OTHER;
}
