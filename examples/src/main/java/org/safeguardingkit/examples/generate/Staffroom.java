package org.safeguardingkit.examples.generate;

import java.util.List;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;

/**
 * The fictional staff of the synthetic school: ids, roles and the names staff use for each other in text
 * ("Mr Hill"). Immutable.
 */
final class Staffroom {

    private static final List<String> NAMES = List.of(
            "Mrs Okafor", "Mr Hill", "Miss Byrne", "Ms Kowalski", "Mr Adeyemi", "Mrs Thompson", "Mr O'Neill",
            "Miss Chen", "Mrs Walsh", "Mr Evans", "Ms Ahmed", "Mr Brennan", "Mrs Lewis", "Miss Novak", "Mr Price",
            "Mrs Singh", "Mr Fletcher", "Ms Doyle", "Mr Mensah", "Mrs Hughes", "Miss Carter", "Mr Shah",
            "Mrs Jenkins", "Mr Lindqvist", "Ms Murphy", "Mr Bailey", "Mrs Rahman", "Miss Ward", "Mr Kaur",
            "Mrs Dunn", "Mr Ellis", "Ms Grant", "Mr Osei", "Mrs Pearce");

    private final List<StaffRef> staff;

    Staffroom() {
        List<StaffRef> refs = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            refs.add(StaffRef.of(StaffId.of(String.format("s-%02d", i + 1)), role(i)));
        }
        this.staff = List.copyOf(refs);
    }

    private static StaffRole role(int i) {
        if (i == 0) {
            return StaffRole.DSL;
        }
        if (i <= 2) {
            return StaffRole.DEPUTY_DSL;
        }
        if (i <= 6) {
            return StaffRole.PASTORAL;
        }
        if (i <= 9) {
            return StaffRole.SENIOR_LEADER;
        }
        if (i <= 27) {
            return StaffRole.TEACHER;
        }
        return StaffRole.SUPPORT_STAFF;
    }

    int size() {
        return staff.size();
    }

    StaffRef ref(int index) {
        return staff.get(index);
    }

    String name(int index) {
        return NAMES.get(index);
    }

    /** A recorder: safeguarding concerns are often recorded by the DSL team, behaviour by teachers. */
    int recorder(Dice dice, boolean safeguarding) {
        if (safeguarding && dice.chance(0.45)) {
            return dice.below(3);
        }
        return dice.chance(0.8) ? dice.between(7, 28) : dice.between(3, size());
    }

    /** Surnames of staff, for redaction. */
    List<String> surnames() {
        return NAMES.stream().map(n -> n.substring(n.indexOf(' ') + 1)).toList();
    }
}
