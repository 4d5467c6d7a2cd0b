package org.safeguardingkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.ConcernDomain;

class JsonSchemaProperties {

    private static final ConcernJson JSON = ConcernJson.create();

    @Property(tries = 100)
    @Domain(ConcernDomain.class)
    @Label("every record the library writes is valid against concern-v1.schema.json")
    void everyWrittenRecordIsValid(@ForAll Concern concern) {
        assertThat(JsonSchemaTest.validate(JsonSchemaTest.CONCERN, JSON.write(concern))).isEmpty();
    }
}
