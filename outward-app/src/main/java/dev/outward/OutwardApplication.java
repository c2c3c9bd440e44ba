package dev.outward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Outward server: the engine's modules wired by Spring at the edge. Started by {@code outward serve}.
 * {@code store} is the shared kernel every module stores into.
 */
@SpringBootApplication
@Modulithic(systemName = "Outward", sharedModules = "store")
public class OutwardApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutwardApplication.class, args);
    }
}
