package org.safeguardingkit.review.checklist;

import java.util.List;
import java.util.Optional;

/**
 * The eight stable checklist ids and the form's questions, in the form's order.
 */
public enum ChecklistId {
    /** The actions taken, with who will carry them out and their status. */
    ACTIONS_OWNED("actions-owned", "Does your behaviour log capture the actions taken, with who will carry them out"
            + " and their status; (a) appropriate and consistent with safeguarding policy; (b) responding to the"
            + " root of harm and to school culture?"),
    /** Both behavioural and safeguarding incidents. */
    BEHAVIOURAL_AND_SAFEGUARDING("behavioural-and-safeguarding",
            "Does your behaviour log capture both behavioural and safeguarding incidents?"),
    /** Categories including harmful sexual behaviour. */
    HSB_CATEGORIES("hsb-categories", "Does your behaviour log capture different categories of behaviour, including"
            + " categories to capture harmful sexual behaviours?"),
    /** Lower-level harmful sexual behaviour. */
    LOWER_LEVEL_HSB("lower-level-hsb", "Does your behaviour log capture incidents of lower-level harmful sexual"
            + " behaviour, such as sexist language?"),
    /** Connections between groups of young people. */
    PEER_CONNECTIONS("peer-connections", "Does your behaviour log capture connections between groups of young"
            + " people involved in particular behaviours or incidents?"),
    /** Repeated or escalating behaviours. */
    REPEATED_ESCALATING("repeated-escalating", "Does your behaviour log capture trends and patterns that can be"
            + " easily identified, e.g. repeated or escalating behaviours, common behaviours in the school?"),
    /** Places, localities and online locations. */
    LOCATIONS("locations", "Does your behaviour log capture trends and patterns of particular spaces, localities,"
            + " online locations where incidents take place?"),
    /** Local, regional or national themes. */
    THEMES("themes", "Does your behaviour log capture trends that may arise from local, regional or national themes"
            + " (a change in school systems or policies, national concerns)?");

    private final String id;
    private final String question;

    ChecklistId(String id, String question) {
        this.id = id;
        this.question = question;
    }

    /**
     * The stable id, e.g. {@code "locations"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The form's question.
     *
     * @return the question
     */
    public String question() {
        return question;
    }

    /**
     * Finds a checklist question by its stable id.
     *
     * @param id the id
     * @return the question, or empty
     */
    public static Optional<ChecklistId> fromId(String id) {
        for (ChecklistId c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * All stable ids in the form's order.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(ChecklistId::id).toList();
    }
}
