package dev.outward.inconvenience;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Detection's settings; {@link Detections} is the module's one service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DetectionSettings.class)
class DetectionConfiguration {
}
