package dev.outward.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The services a deployment describes in {@value #FILE} (optional). Events may name services the file does not
 * know; those still appear everywhere, as themselves, so a missing entry never hides an inconvenience.
 * <pre>
 * services:
 *   - id: billing
 *     name: Billing platform
 *     owner: Team Ledger
 * </pre>
 */
public final class Services {

    public static final String FILE = "services.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<ServiceId, Service> described;

    private Services(Map<ServiceId, Service> described) {
        this.described = described;
    }

    public static Services none() {
        return new Services(Map.of());
    }

    /** Reads {@code dataDir/services.yaml}; no file means no descriptions. */
    public static Services load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }

    static Services parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        var services = new LinkedHashMap<ServiceId, Service>();
        var list = root == null || root.isMissingNode() || root.isNull() ? null : root.get("services");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(origin + ": expected a list under 'services:'");
        }
        int index = 0;
        for (JsonNode entry : list) {
            index++;
            String id = entry.path("id").asString("");
            if (id.isBlank()) {
                throw new IllegalArgumentException(origin + ": service #" + index + " has no id");
            }
            var serviceId = new ServiceId(id);
            String name = entry.path("name").asString(id);
            String owner = entry.path("owner").asString("");
            services.put(serviceId, new Service(serviceId, name, owner.isBlank() ? Optional.empty() : Optional.of(owner)));
        }
        return new Services(services);
    }

    /** The described service, or one named by its id when the file does not know it. */
    public Service of(ServiceId id) {
        return described.getOrDefault(id, Service.unknown(id));
    }

    public Collection<Service> described() {
        return List.copyOf(new ArrayList<>(described.values()));
    }
}
