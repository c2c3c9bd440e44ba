package dev.outward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** The whole application on a fresh data directory, driven through MockMvc: no mocks on the data path. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OutwardApplication.class, properties = {
        "outward.users.admin-password=" + Accounts.ADMIN_PASSWORD,
        "outward.users.metrics-token=" + Accounts.METRICS_TOKEN})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TempDataDir.class)
public @interface ServerTest {
}
