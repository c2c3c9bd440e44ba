/**
 * The {@code outward} command line: every engine capability as a subcommand with {@code --help}, no Spring needed.
 */
package dev.outward.cli;
