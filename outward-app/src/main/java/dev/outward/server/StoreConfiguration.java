package dev.outward.server;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/** The engine stays free of Spring: its objects are made here, once, from the data directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServerSettings.class)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Database database(ServerSettings settings) {
        return Database.open(settings.dataDir());
    }

    @Bean
    EventStore eventStore(Database database) {
        return new EventStore(database);
    }

    @Bean
    Store store(Database database, EventStore events) {
        return new Store(database, events);
    }
}
