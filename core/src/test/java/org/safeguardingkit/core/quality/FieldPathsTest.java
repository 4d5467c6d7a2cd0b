package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void pathsAreTheFieldPointers() {
        for (int i = 0; i < 40; i++) {
            assertThat(FieldPaths.of(FieldPaths.RATIONALE, i)).isEqualTo("decisions/" + i + "/rationale");
            assertThat(FieldPaths.of(FieldPaths.ACTION, i)).isEqualTo("actions/" + i + "/description");
            assertThat(FieldPaths.of(FieldPaths.RESPONSE, i)).isEqualTo("responses/" + i + "/description");
        }
    }
}
