package dev.outward.inconvenience;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * The rules in force: the built-in catalog ({@code rules/builtin.yaml} in the engine) with the data directory's
 * {@value #FILE} laid over it. A deployment's file changes a rule by stating only what differs (a param, a window,
 * {@code enabled: false}) and adds rules by stating them whole.
 */
public final class RuleCatalog {

    public static final String FILE = "rules.yaml";

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the data directory of {@code database}; throws {@link RulesException} naming every error. */
    public static RuleCatalog load(Database database) {
        var files = new ArrayList<RuleFile>();
        files.add(RuleFile.builtin());
        Path override = database.dataDir().resolve(FILE);
        if (Files.exists(override)) {
            files.add(RuleFile.read(override));
        }
        var errors = new ArrayList<RuleError>();
        var catalog = resolve(database, files, errors);
        if (!errors.isEmpty()) {
            throw new RulesException(errors);
        }
        return catalog;
    }

    /** The problems {@code file} would cause if it were the data directory's rules.yaml; empty when none. */
    public static List<RuleError> check(Database database, Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of(RuleError.ofFile(file.toString(), "no such file"));
        }
        var errors = new ArrayList<RuleError>();
        resolve(database, List.of(RuleFile.builtin(), RuleFile.read(file)), errors);
        return errors;
    }

    private static RuleCatalog resolve(Database database, List<RuleFile> files, List<RuleError> errors) {
        new EventStore(database); // the conditions are checked against the events table, which this creates if new
        var resolver = new RuleResolver(files);
        errors.addAll(resolver.errors);
        errors.addAll(ConditionCheck.check(database, resolver.rules, resolver.origins));
        return new RuleCatalog(resolver.rules);
    }

    /** Every rule, disabled ones included, built-in ones first, in catalog order. */
    public List<Rule> all() {
        return rules;
    }

    /** The enabled rules: the ones detection runs and reports list. */
    public List<Rule> active() {
        return rules.stream().filter(Rule::enabled).toList();
    }

    public Optional<Rule> rule(RuleId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The active rules compiled to the one SELECT a full detection run starts from: every inconvenience over the whole
     * store, as columns {@code rule, customer, time, service, channel, source, event_id, cause_source, cause_id,
     * cause_time, cause_channel, cause_service}, before the run adds each row's customer key, segment and day. The
     * detection benchmark times it against the catalog written as plain SQL.
     */
    public String compiled() {
        return new DetectionSql(active()).select(Scope.everything());
    }

    /** How far back a rule can look from the event it counts: what an incremental run must re-read. */
    Duration longestWindow() {
        return active().stream().map(Rule::within).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Changes whenever the active rules would detect differently; incremental runs only continue a run of the same. */
    String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(("tables v" + DetectionTables.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (Rule rule : active()) {
                digest.update((rule.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
