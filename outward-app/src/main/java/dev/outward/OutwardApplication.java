package dev.outward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Outward server: the engine's modules wired by Spring at the edge. Started by {@code outward serve}. */
@SpringBootApplication
public class OutwardApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutwardApplication.class, args);
    }
}
