package org.safeguardingkit.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Sex;

/**
 * The fictional pupils of the synthetic school. Nothing is stored: every attribute of pupil {@code i} (sex, year
 * group, names, family, date of birth) is a function of the seed and {@code i}, so a cohort of any size costs no
 * memory. About one pupil in fourteen is a "frequent flyer" with many more incidents, as in real logs. Immutable.
 */
final class Cohort {

    static final int FIRST_YEAR = 7;
    static final int LAST_YEAR = 11;

    private static final List<String> BOYS = List.of("Jayden", "Oliver", "Harry", "Mohammed", "Leo", "Freddie",
            "Kacper", "Tyler", "Noah", "George", "Callum", "Riley", "Jacob", "Ethan", "Reuben", "Ibrahim", "Mason",
            "Lewis", "Dylan", "Kai", "Oscar", "Finley", "Theo", "Arjun", "Kyle", "Bradley", "Connor", "Declan",
            "Jamal", "Luca", "Zain", "Liam", "Ryan", "Stanley", "Archie", "Tomasz", "Jude", "Dev", "Elijah", "Max");
    private static final List<String> GIRLS = List.of("Maya", "Ella", "Amelia", "Olivia", "Isla", "Ava", "Freya",
            "Sophie", "Aisha", "Chloe", "Grace", "Lily", "Ruby", "Poppy", "Zara", "Jessica", "Holly", "Evie",
            "Amira", "Leah", "Niamh", "Molly", "Hannah", "Priya", "Layla", "Summer", "Megan", "Jade", "Keira",
            "Nadia", "Zofia", "Imogen", "Daisy", "Esme", "Tia", "Bethany", "Courtney", "Fatima", "Skye", "Rosie");
    private static final List<String> EITHER = List.of("Alex", "Sam", "Charlie", "Jordan", "Robin", "Jesse",
            "River", "Morgan");
    private static final List<String> SURNAMES = List.of("Walsh", "Patel", "Smith", "Nowak", "Jones", "Khan",
            "Taylor", "Brown", "Williams", "Begum", "Wilson", "Davies", "Murray", "Ali", "Roberts", "Clarke",
            "Kowalczyk", "Hussain", "Wright", "Green", "Baker", "Hall", "Wood", "Campbell", "Kelly", "Morris",
            "Cooper", "Ward", "Turner", "Mitchell", "Okoro", "Reid", "Lynch", "Bell", "Shaw", "Doherty", "Mills",
            "Ferreira", "Chowdhury", "Harper", "Quinn", "Stone", "Lowe", "Palmer", "Fraser", "Dixon", "Howard");
    private static final List<String> ADULTS = List.of("Donna", "Craig", "Sharon", "Darren", "Michelle", "Lee",
            "Nicola", "Wayne", "Kerry", "Dean", "Samina", "Tariq", "Agnieszka", "Marek", "Joanne", "Stuart",
            "Claire", "Gary", "Yasmin", "Tony");

    private final int size;
    private final long seed;
    private final int academicYear;

    Cohort(int size, long seed, int academicYear) {
        this.size = size;
        this.seed = seed;
        this.academicYear = academicYear;
    }

    int size() {
        return size;
    }

    private long hash(int i, long salt) {
        return Dice.mix(seed, i, salt);
    }

    private int bucket(int i, long salt, int bound) {
        return (int) Math.floorMod(hash(i, salt), (long) bound);
    }

    PupilId id(int i) {
        return PupilId.of(String.format("p-%05d", i + 1));
    }

    Sex sex(int i) {
        int b = bucket(i, 1, 100);
        return b < 49 ? Sex.M : b < 98 ? Sex.F : Sex.X;
    }

    int yearGroup(int i) {
        return FIRST_YEAR + bucket(i, 2, LAST_YEAR - FIRST_YEAR + 1);
    }

    boolean frequent(int i) {
        return bucket(i, 3, 1000) < 70;
    }

    String firstName(int i) {
        List<String> names = switch (sex(i)) {
            case M -> BOYS;
            case F -> GIRLS;
            case X -> EITHER;
        };
        return names.get(bucket(i, 4, names.size()));
    }

    /** The first pupil of this pupil's family (siblings share it): about one pupil in ten has an older sibling. */
    int family(int i) {
        int f = i;
        while (f > 0 && bucket(f, 5, 10) == 0) {
            f--;
        }
        return f;
    }

    String surname(int i) {
        return SURNAMES.get(bucket(family(i), 6, SURNAMES.size()));
    }

    /** The names of the family's adults, e.g. "Donna Walsh". */
    List<String> familyAdults(int i) {
        int f = family(i);
        String surname = surname(i);
        String first = ADULTS.get(bucket(f, 7, ADULTS.size()));
        String second = ADULTS.get(bucket(f, 8, ADULTS.size()));
        return first.equals(second) ? List.of(first + " " + surname)
                : List.of(first + " " + surname, second + " " + surname);
    }

    Pupil pupil(int i) {
        int year = yearGroup(i);
        // Born between 1 September and 31 August of the cohort's school year.
        LocalDate first = LocalDate.of(academicYear - year - 5, 9, 1);
        LocalDate dob = first.plusDays(bucket(i, 9, 365));
        return new Pupil(id(i), Optional.of(sex(i)), OptionalInt.of(year), Optional.of(dob),
                Optional.of(FamilyId.of(String.format("f-%05d", family(i) + 1))));
    }

    /** A random pupil: frequent flyers are drawn about 35% of the time. */
    int draw(Dice dice) {
        if (dice.chance(0.35)) {
            for (int tries = 0; tries < 64; tries++) {
                int i = dice.below(size);
                if (frequent(i)) {
                    return i;
                }
            }
        }
        return dice.below(size);
    }

    /** A random pupil of a year group other than {@code not}, or any pupil after a few tries. */
    int drawInYear(Dice dice, int year, int not) {
        for (int tries = 0; tries < 40; tries++) {
            int i = dice.below(size);
            if (i != not && yearGroup(i) == year) {
                return i;
            }
        }
        int i = dice.below(size);
        return i == not ? (i + 1) % size : i;
    }

    /** The first pupil at or after {@code from} (cyclically) of a year group not in {@code taken}. */
    int find(int from, int year, java.util.Set<Integer> taken) {
        for (int k = 0; k < size; k++) {
            int i = (from + k) % size;
            if (yearGroup(i) == year && !taken.contains(i)) {
                return i;
            }
        }
        for (int k = 0; k < size; k++) {
            int i = (from + k) % size;
            if (!taken.contains(i)) {
                return i;
            }
        }
        throw new IllegalStateException("SGK-0655: not enough pupils to plant patterns");
    }

    static String outsider(Dice dice) {
        return dice.pick(List.of("Tyler Mills", "Dean", "a man called Shane", "Kieran from the estate",
                "Jordan Price", "Big Mo", "Becca"));
    }
}
