package org.safeguardingkit.categories.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguardingkit.categories.Taxonomy;

/**
 * The change process of one taxonomy: schools submit change requests, the trust approves them into new
 * versions or rejects them with a reason, and every decision goes into the {@link DecisionLog}.
 *
 * <pre>{@code
 * TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy, Clock.systemUTC());
 * ChangeRequest request = governance.submit(
 *         Change.add(CategoryDefinition.of("behaviour.mobile-phone", "Mobile phone", "Using a phone in lessons."),
 *                    "behaviour"),
 *         Actor.school("st-marys/dsl"), "Phones are a third of our behaviour incidents");
 * governance.approve(request.id(), Actor.trust("trust/dso"), "Agreed for all schools");
 * governance.current().version();   // "2026.2"
 * }</pre>
 *
 * <p>Rules: a school cannot change a locked taxonomy directly ({@link TaxonomyLockedException}, recorded
 * as {@link Decision.Outcome#REFUSED}); requests on a locked taxonomy are decided by the trust only; on an
 * unlocked taxonomy anyone may decide. Each approval makes a new version (the last number of the version
 * goes up by one unless a version is given) and keeps every earlier version available.
 *
 * <p>This class is thread-safe: every method is synchronized on the instance. It holds no static state.
 */
public final class TaxonomyGovernance {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private final Clock clock;
    private final List<Taxonomy> versions = new ArrayList<>();
    private final Map<String, ChangeRequest> requests = new LinkedHashMap<>();
    private final Map<String, ChangeRequest> pending = new LinkedHashMap<>();
    private DecisionLog log = DecisionLog.empty();
    private int nextRequest = 1;

    private TaxonomyGovernance(Taxonomy initial, Clock clock) {
        this.clock = clock;
        versions.add(initial);
    }

    /** Governance of {@code initial}, with time taken from {@code clock}. */
    public static TaxonomyGovernance of(Taxonomy initial, Clock clock) {
        return new TaxonomyGovernance(Objects.requireNonNull(initial, "initial"), Objects.requireNonNull(clock,
                "clock"));
    }

    /** The current version. */
    public synchronized Taxonomy current() {
        return versions.get(versions.size() - 1);
    }

    /** Every version, oldest first. */
    public synchronized List<Taxonomy> versions() {
        return List.copyOf(versions);
    }

    /** A version by its version string. */
    public synchronized Optional<Taxonomy> version(String version) {
        return versions.stream().filter(t -> t.version().equals(version)).findFirst();
    }

    /** Every decision so far (an immutable snapshot). */
    public synchronized DecisionLog decisions() {
        return log;
    }

    /** The requests not yet decided, oldest first. */
    public synchronized List<ChangeRequest> pending() {
        return List.copyOf(pending.values());
    }

    /** A request by id, decided or not. */
    public synchronized Optional<ChangeRequest> request(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    /**
     * Files a change request. The change is checked against the current version at once, so that a request
     * that could never apply (an unknown code, a code already in use) is refused with a clear message.
     *
     * @throws GovernanceException or {@link org.safeguardingkit.categories.TaxonomyValidationException} when the
     *                             change does not fit the current version
     */
    public synchronized ChangeRequest submit(Change change, Actor requestedBy, String reason) {
        Taxonomy current = current();
        change.applyTo(current, nextVersion(current.version()));
        ChangeRequest request = new ChangeRequest("CR-" + nextRequest++, change, requestedBy, reason,
                clock.instant(), current.version());
        requests.put(request.id(), request);
        pending.put(request.id(), request);
        return request;
    }

    /** Approves a pending request into a new version numbered after the current one. */
    public synchronized Decision approve(String requestId, Actor officer, String note) {
        return approve(requestId, officer, note, freshVersion());
    }

    /**
     * Approves a pending request into version {@code newVersion}.
     *
     * @throws GovernanceException when the request is not pending, the officer may not decide, or the change no
     *                             longer fits the current version (the request then stays pending)
     */
    public synchronized Decision approve(String requestId, Actor officer, String note, String newVersion) {
        ChangeRequest request = requirePending(requestId);
        requireMayDecide(officer);
        Taxonomy current = current();
        if (version(newVersion).isPresent()) {
            throw new GovernanceException("SGK-0238: version '" + newVersion + "' already exists");
        }
        Taxonomy next = request.change().applyTo(current, newVersion);
        versions.add(next);
        pending.remove(requestId);
        Decision decision = new Decision(Optional.of(requestId), request.change().describe(),
                Decision.Outcome.APPROVED, officer, Objects.requireNonNull(note, "note"), clock.instant(),
                current.version(), Optional.of(next.version()));
        log = log.append(decision);
        return decision;
    }

    /**
     * Rejects a pending request with a reason the requester will read.
     *
     * @throws GovernanceException when the request is not pending or the officer may not decide
     */
    public synchronized Decision reject(String requestId, Actor officer, String reason) {
        ChangeRequest request = requirePending(requestId);
        requireMayDecide(officer);
        Decision decision = new Decision(Optional.of(requestId), request.change().describe(),
                Decision.Outcome.REJECTED, officer, reason, clock.instant(), current().version(), Optional.empty());
        pending.remove(requestId);
        log = log.append(decision);
        return decision;
    }

    /**
     * Applies a change directly, without a request: allowed on an unlocked taxonomy, and for the trust on a
     * locked one.
     *
     * @throws TaxonomyLockedException when a school tries to change a locked taxonomy (the refusal is logged)
     */
    public synchronized Taxonomy change(Change change, Actor actor, String reason) {
        Taxonomy current = current();
        if (current.locked() && actor.role() == Actor.Role.SCHOOL) {
            TaxonomyLockedException refused = new TaxonomyLockedException(current.id(), current.version(), actor);
            log = log.append(new Decision(Optional.empty(), change.describe(), Decision.Outcome.REFUSED, actor,
                    "taxonomy is locked; schools must submit a change request", clock.instant(), current.version(),
                    Optional.empty()));
            throw refused;
        }
        Taxonomy next = change.applyTo(current, freshVersion());
        versions.add(next);
        log = log.append(new Decision(Optional.empty(), change.describe(), Decision.Outcome.APPLIED, actor, reason,
                clock.instant(), current.version(), Optional.of(next.version())));
        return next;
    }

    /**
     * Locks or unlocks the taxonomy (trust only) as a new version.
     *
     * @throws GovernanceException when a school tries
     */
    public synchronized Taxonomy setLocked(boolean locked, Actor officer, String reason) {
        if (officer.role() != Actor.Role.TRUST) {
            throw new GovernanceException("SGK-0233: only the trust may lock or unlock a taxonomy; " + officer
                    + " may not");
        }
        Taxonomy current = current();
        Taxonomy next = Taxonomy.of(current.toDefinition().withLocked(locked)
                .withVersion(freshVersion()));
        versions.add(next);
        log = log.append(new Decision(Optional.empty(), locked ? "lock" : "unlock", Decision.Outcome.APPLIED,
                officer, reason, clock.instant(), current.version(), Optional.of(next.version())));
        return next;
    }

    /** The version after {@code version}: its trailing number plus one ({@code 2026.1 -> 2026.2}), else {@code .1} appended. */
    public static String nextVersion(String version) {
        Matcher m = TRAILING_NUMBER.matcher(version);
        if (m.matches() && m.group(2).length() < 10) {
            return m.group(1) + (Long.parseLong(m.group(2)) + 1);
        }
        return version + ".1";
    }

    private String freshVersion() {
        String next = nextVersion(current().version());
        while (version(next).isPresent()) {
            next = nextVersion(next);
        }
        return next;
    }

    private ChangeRequest requirePending(String requestId) {
        ChangeRequest request = requests.get(requestId);
        if (request == null) {
            throw new GovernanceException("SGK-0231: no change request '" + requestId + "'");
        }
        if (!pending.containsKey(requestId)) {
            throw new GovernanceException("SGK-0232: change request '" + requestId + "' was already decided");
        }
        return request;
    }

    private void requireMayDecide(Actor officer) {
        if (current().locked() && officer.role() != Actor.Role.TRUST) {
            throw new GovernanceException("SGK-0233: taxonomy '" + current().id() + "' is locked; only the trust "
                    + "decides change requests, not " + officer);
        }
    }
}
