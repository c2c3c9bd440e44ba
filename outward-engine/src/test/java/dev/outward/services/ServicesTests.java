package dev.outward.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTests {

    @TempDir
    Path dataDir;

    @Test
    void describedServicesHaveTheirNameAndOwnerAndUnknownOnesAppearAsThemselves() throws IOException {
        Files.writeString(dataDir.resolve(Services.FILE), """
                services:
                  - id: billing
                    name: Billing platform
                    owner: Team Ledger
                  - id: crm
                """);

        var services = Services.load(dataDir);

        assertThat(services.of(new ServiceId("billing"))).isEqualTo(
                new Service(new ServiceId("billing"), "Billing platform", Optional.of("Team Ledger")));
        assertThat(services.of(new ServiceId("crm")).name()).isEqualTo("crm");
        assertThat(services.of(new ServiceId("mainframe"))).isEqualTo(
                new Service(new ServiceId("mainframe"), "mainframe", Optional.empty()));
        assertThat(services.described()).hasSize(2);
    }

    @Test
    void withoutAFileEveryServiceIsNamedByItsId() {
        assertThat(Services.load(dataDir).of(ServiceId.UNATTRIBUTED).name()).isEqualTo("unattributed");
    }

    @Test
    void aServiceWithoutIdIsRefusedNamingItsPosition() throws IOException {
        Files.writeString(dataDir.resolve(Services.FILE), "services:\n  - name: Nameless\n");

        assertThatThrownBy(() -> Services.load(dataDir)).hasMessageContaining("service #1 has no id");
    }
}
