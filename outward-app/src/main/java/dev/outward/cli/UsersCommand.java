package dev.outward.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import dev.outward.server.Store;
import dev.outward.users.Role;
import dev.outward.users.UserName;
import dev.outward.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manages who may sign in to the server.",
        subcommands = {UsersCommand.Add.class, UsersCommand.List.class})
final class UsersCommand {

    @ParentCommand
    Outward root;

    /** Never a password argument: it would stay in the shell history and show in the process list. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user. The password is asked for, or read from the first line of --password-file.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "User name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "ADMIN, ANALYST or VIEWER.")
        String role;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from this file (- for standard input).")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            var userName = new UserName(name);
            var userRole = Role.parse(role);
            char[] password = password();
            try (var database = DataDir.open(users.root)) {
                new Users(Store.of(database), new BCryptPasswordEncoder()).add(userName, userRole, password);
            } finally {
                Arrays.fill(password, ' ');
            }
            spec.commandLine().getOut().println("Added " + userName + " (" + userRole + ").");
            spec.commandLine().getOut().flush();
            return 0;
        }

        private char[] password() throws IOException {
            if (passwordFile != null) {
                return OptionErrors.firstLine(passwordFile, "password file").toCharArray();
            }
            var console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("No terminal to ask for the password on: use --password-file FILE");
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("The two passwords differ; nothing was changed");
            }
            return first;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static final class List implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (var database = DataDir.existing(users.root)) {
                new Users(Store.of(database), new BCryptPasswordEncoder()).list()
                        .forEach(u -> out.printf("%-24s %s%n", u.name(), u.role()));
            }
            out.flush();
            return 0;
        }
    }
}
