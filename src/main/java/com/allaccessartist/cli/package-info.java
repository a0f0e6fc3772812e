/**
 * The command line (picocli), in the same jar as the app: {@code migrate}, {@code user create},
 * {@code demo}. Commands act with the database credentials they are given and call the same
 * services as the GUI. Secrets come from environment variables only. Exit code 0 on success,
 * 1 with a one-line reason on failure, 2 for wrong usage.
 */
package com.allaccessartist.cli;
