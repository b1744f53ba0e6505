package io.devicestatus.app.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Boot's configuration metadata (IDE completion, the README's table) as the annotation processor wrote it into the
 * jar: every property, its default, and a description.
 */
class ConfigurationMetadataTest {

    @Test
    void every_property_is_described_with_its_default() throws IOException {
        JsonNode metadata;
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's output").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, String> defaults = new TreeMap<>();
        for (JsonNode property : metadata.get("properties")) {
            assertThat(property.path("description").asText())
                    .as(property.get("name").asText())
                    .isNotBlank()
                    .doesNotContain("{@");
            defaults.put(
                    property.get("name").asText(),
                    property.has("defaultValue") ? property.get("defaultValue").asText() : "");
        }
        assertThat(defaults)
                .containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                        Map.entry("device-status.api.enabled", "false"),
                        Map.entry("device-status.api.max-body-bytes", "65536"),
                        Map.entry("device-status.api.max-skip", "10000"),
                        Map.entry("device-status.api.path", "/graph"),
                        Map.entry("device-status.import-batch-size", "500"),
                        Map.entry("device-status.max-future-skew", "5m"),
                        Map.entry("device-status.max-write-attempts", "5"),
                        Map.entry("device-status.sql.existing-rows-tenant", ""),
                        Map.entry("device-status.sql.history-table", "device_status_schema_history"),
                        Map.entry("device-status.sql.migrate", "true"),
                        Map.entry("device-status.sql.schema", ""),
                        Map.entry("device-status.sql.statement-timeout", ""))));
    }
}
