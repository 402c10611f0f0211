/**
 * The {@code klaster} command line (picocli): one command class per subcommand, shared options as mixins, output
 * through the command's writer so tests can check exit code and output. The CLI never computes a measure itself;
 * it calls klaster-core and klaster-io.
 *
 * <p>Exit codes: 0 success, 1 bad data, 2 bad usage.
 */
package dev.klaster.cli;
