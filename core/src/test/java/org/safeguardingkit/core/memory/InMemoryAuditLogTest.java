package org.safeguardingkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.conformance.AuditLogContract;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.AuditLog;
import org.safeguardingkit.core.spi.AuditSeal;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog newLog() {
        return new InMemoryAuditLog();
    }

    private static InMemoryAuditLog filled() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 0; i < 5; i++) {
            log.append(new AuditEvent(0, Instant.parse("2026-10-01T10:00:00Z").plusSeconds(i), StaffId.of("s-1"),
                    "VIEW", Optional.of(ConcernId.of("c-" + i)), ""));
        }
        return log;
    }

    @Test
    @DisplayName("the trail is a hash chain: intact it verifies")
    void intact() {
        InMemoryAuditLog log = filled();
        assertThat(log.verify()).isEmpty();
        assertThat(AuditSeal.verify(log.seals())).isEmpty();
        assertThat(log.seals()).extracting(AuditSeal::digest).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("changing, removing or reordering a stored event is detected at that event")
    void tampering() {
        List<AuditSeal> trail = filled().seals();

        List<AuditSeal> changed = new ArrayList<>(trail);
        AuditEvent e = trail.get(2).event();
        changed.set(2, new AuditSeal(new AuditEvent(e.sequence(), e.at(), StaffId.of("s-2"), e.action(), e.concern(),
                e.detail()), trail.get(2).digest()));
        assertThat(AuditSeal.verify(changed)).hasValue(3);

        List<AuditSeal> removed = new ArrayList<>(trail);
        removed.remove(1);
        assertThat(AuditSeal.verify(removed)).hasValue(3);

        List<AuditSeal> swapped = new ArrayList<>(trail);
        swapped.set(3, trail.get(4));
        swapped.set(4, trail.get(3));
        assertThat(AuditSeal.verify(swapped)).hasValue(5);

        assertThat(AuditSeal.verify(trail.subList(0, 3))).as("a truncated trail is still a valid prefix").isEmpty();
    }
}
