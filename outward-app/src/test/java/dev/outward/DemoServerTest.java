package dev.outward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real server on a random loopback port, on a data directory with demo data, detected at start; MockMvc drives
 * the same context for page and API tests. Tests that compare figures call {@code Detections.catchUp()} first, since
 * other test classes import into this store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OutwardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"outward.users.admin-password=" + Accounts.ADMIN_PASSWORD, "server.address=127.0.0.1"})
@ContextConfiguration(initializers = DemoData.class)
@AutoConfigureMockMvc
public @interface DemoServerTest {
}
