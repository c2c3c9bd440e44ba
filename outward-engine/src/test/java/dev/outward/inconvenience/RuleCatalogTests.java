package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleCatalogTests {

    @RegisterExtension
    final Detector detector = Detector.perTest();

    @Test
    void theBuiltInCatalogHasTheFourteenRulesInOrder() {
        assertThat(detector.catalog().active()).extracting(r -> r.id().value()).containsExactly("repeat-contact",
                "long-wait", "abandoned-contact", "transfer", "unresolved-contact", "self-service-failure", "channel-switch",
                "failed-payment", "bill-problem", "late-delivery", "cancelled-order", "missed-appointment", "outage", "complaint");
    }

    @Test
    void aDeploymentChangesAThresholdAWindowAndDisablesARuleByStatingOnlyWhatDiffers() {
        detector.rules("""
                rules:
                  - id: long-wait
                    params: {max_wait_s: 600}
                  - id: repeat-contact
                    within: 24h
                  - id: transfer
                    enabled: false
                """);

        var catalog = detector.catalog();

        assertThat(catalog.rule(new RuleId("long-wait")).orElseThrow().counted()).contains("wait_s > 600");
        assertThat(catalog.rule(new RuleId("repeat-contact")).orElseThrow().within()).isEqualTo(Duration.ofHours(24));
        assertThat(catalog.active()).extracting(r -> r.id().value()).doesNotContain("transfer");
        assertThat(catalog.all()).hasSize(14);
    }

    @Test
    void aDescriptionShowsTheValuesOfTheParamsItNamesAsADeploymentSetsThem() {
        assertThat(detector.catalog().rule(new RuleId("long-wait")).orElseThrow().description())
                .isEqualTo("An inbound contact, served or not, that waited longer than 300 seconds.");

        detector.rules("""
                rules:
                  - id: long-wait
                    params: {max_wait_s: 600}
                  - id: refund-chase
                    kind: match
                    description: "A payment below ${limit} ${currency}."
                    when: "type = 'payment' AND amount < ${limit}"
                    params: {limit: 0.5, currency: EUR}
                """);

        var catalog = detector.catalog();
        assertThat(catalog.rule(new RuleId("long-wait")).orElseThrow().description()).contains("longer than 600 seconds");
        assertThat(catalog.rule(new RuleId("refund-chase")).orElseThrow().description()).isEqualTo("A payment below 0.5 EUR.");
        assertThat(catalog.all()).allSatisfy(rule -> assertThat(rule.description()).doesNotContain("${"));
    }

    @Test
    void aDescriptionShowsTheRulesWindowInWordsAsADeploymentSetsIt() {
        assertThat(detector.catalog().rule(new RuleId("repeat-contact")).orElseThrow().description())
                .isEqualTo("A served inbound contact within 7 days after the customer's previous served inbound contact.");
        assertThat(detector.catalog().rule(new RuleId("channel-switch")).orElseThrow().description())
                .startsWith("A served inbound contact within 24 hours after a self-service failure");

        detector.rules("""
                rules:
                  - id: repeat-contact
                    within: 72h
                  - id: channel-switch
                    within: 90m
                """);

        var catalog = detector.catalog();
        assertThat(catalog.rule(new RuleId("repeat-contact")).orElseThrow().description()).contains("within 3 days after");
        assertThat(catalog.rule(new RuleId("channel-switch")).orElseThrow().description()).contains("within 90 minutes after");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "waited over ${max_wait} s | ${max_wait} is not one of the rule's params",
            "waited within ${within}   | ${within} is not one of the rule's params, and the rule has no window"})
    void aDescriptionNamingNeitherAParamOfItsRuleNorItsWindowIsAnError(String description, String why) throws IOException {
        Path file = Files.writeString(detector.store.dir.resolve("described.yaml"),
                "rules:\n  - id: long-wait\n    description: \"" + description + "\"\n");

        assertThat(RuleCatalog.check(detector.store.database, file)).singleElement()
                .satisfies(e -> assertThat(e.rule() + " " + e.field() + ": " + e.why()).isEqualTo("long-wait description: " + why));
    }

    @Test
    void newRulesOfEveryKindNeedNoJava() {
        detector.rules("""
                define:
                  big_order: "type = 'order' AND value >= 100"
                rules:
                  - id: refund-chase
                    kind: match
                    when: "type = 'payment' AND amount < ${limit}"
                    params: {limit: 0}
                  - id: repeat-error
                    kind: repeat
                    when: "type = 'error' AND code = ${code}"
                    params: {code: "E42"}
                    within: 1h
                  - id: bill-then-complaint
                    kind: followed-by
                    first: "type = 'bill' AND status = 'corrected'"
                    then: "type = 'complaint'"
                    within: 7d
                    attribute: event
                  - id: maintenance
                    kind: area
                    when: "type = 'outage' AND reason = 'planned'"
                """);
        detector.given(of("payment").id("refund").attr("amount", -20),
                of("error").id("x1").at("2026-03-01T10:00:00Z").attr("code", "E42"),
                of("error").id("x2").at("2026-03-01T11:00:00Z").attr("code", "E42"),
                of("bill").id("b1").at("2026-03-01T10:00:00Z").service("billing").attr("status", "corrected"),
                of("complaint").id("k1").at("2026-03-08T10:00:00Z").service("crm"),
                of("profile").id("p1").customer("Z").at("2026-01-01T00:00:00Z").attr("area", "west"),
                of("outage").id("o1").customer(null).set("reason", "planned").attr("area", "west"));

        var found = detector.detect();

        assertThat(found).filteredOn(i -> i.rule().value().equals("refund-chase")).extracting(i -> i.event().id()).containsExactly("refund");
        assertThat(found).filteredOn(i -> i.rule().value().equals("repeat-error"))
                .extracting(i -> i.event().id() + "<-" + i.cause().orElseThrow().id()).containsExactly("x2<-x1");
        assertThat(found).filteredOn(i -> i.rule().value().equals("bill-then-complaint"))
                .extracting(i -> i.event().id() + "<-" + i.cause().orElseThrow().id() + "@" + i.service()).containsExactly("k1<-b1@crm");
        assertThat(found).filteredOn(i -> i.rule().value().equals("maintenance")).extracting(i -> i.customer().value()).containsExactly("Z");
    }

    @Test
    void aBadRulesFileNamesEveryErrorWithRuleFieldAndWhy() throws IOException {
        Path file = Files.writeString(detector.store.dir.resolve("bad.yaml"), """
                rules:
                  - id: slow
                    kind: match
                    when: "wait_secs > 300"
                  - id: twice
                    kind: repeat
                    when: "type = 'contact'"
                    within: 7 days
                  - id: stray
                    kind: sometimes
                  - id: half
                    kind: followed-by
                    then: "type = 'complaint'"
                    within: 1h
                    colour: red
                  - id: typo
                    kind: match
                    when: "wait_s > ${max_wait}"
                  - id: long-wait
                    enabled: maybe
                  - id: not-boolean
                    kind: match
                    when: "wait_s + 1"
                """);

        var errors = RuleCatalog.check(detector.store.database, file);

        assertThat(errors).extracting(e -> e.rule() + " " + e.field()).containsExactlyInAnyOrder("half colour", "stray kind",
                "twice within", "half first", "typo when", "long-wait enabled", "slow when", "not-boolean when");
        assertThat(errors).allSatisfy(e -> assertThat(e.origin()).isEqualTo("bad.yaml"));
        assertThat(find(errors, "slow").why()).contains("wait_secs");
        assertThat(find(errors, "twice").why()).contains("'7 days' is not a duration");
        assertThat(find(errors, "stray").why()).contains("match, repeat, followed-by, area");
        assertThat(find(errors, "typo").why()).contains("${max_wait}");
        assertThat(find(errors, "not-boolean").why()).contains("not a true/false condition");
        assertThat(errors.getFirst().toString()).startsWith("bad.yaml: rule ");
    }

    @Test
    void aBrokenRulesFileInTheDataDirectoryStopsLoadingWithEveryError() {
        detector.rules("rules:\n  - id: Bad Id\n  - id: x\n    kind: match\n");

        assertThatThrownBy(detector::catalog).isInstanceOf(RulesException.class)
                .hasMessageContaining("rules.yaml: rule #1: id: must be 1-64 lower-case letters")
                .hasMessageContaining("rules.yaml: rule x: when: is required for a match rule");
    }

    @Test
    void invalidYamlIsAFileLevelError() throws IOException {
        Path file = Files.writeString(detector.store.dir.resolve("broken.yaml"), "rules: [\n  - id: x\n");

        assertThat(RuleCatalog.check(detector.store.database, file)).singleElement()
                .satisfies(e -> assertThat(e.why()).startsWith("not valid YAML"));
    }

    @Test
    void aGoodFileChecksClean() throws IOException {
        Path file = Files.writeString(detector.store.dir.resolve("good.yaml"), "rules:\n  - id: complaint\n    enabled: false\n");

        assertThat(RuleCatalog.check(detector.store.database, file)).isEmpty();
    }

    private static RuleError find(java.util.List<RuleError> errors, String rule) {
        return errors.stream().filter(e -> e.rule().equals(rule)).findFirst().orElseThrow();
    }
}
