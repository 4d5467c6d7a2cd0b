/**
 * The {@code sgkit} command line (picocli): one class per subcommand, rooted at
 * {@link org.safeguardingkit.examples.cli.SgkitCommand}.
 */
package org.safeguardingkit.examples.cli;
