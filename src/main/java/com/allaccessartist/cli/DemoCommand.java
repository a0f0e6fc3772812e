package com.allaccessartist.cli;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.demo.DemoCatalogueService;
import com.allaccessartist.service.demo.DemoLogin;
import com.allaccessartist.service.demo.DemoRequest;
import com.allaccessartist.service.demo.DemoSize;
import com.allaccessartist.service.demo.DemoSummary;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo}: fills the catalogue with the seeded, reproducible demo label group. With
 * {@code --password-env}, every demo person can sign in (on PostgreSQL each gets a login role),
 * and the command lists them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo catalogue (small: ~5 organizations, 50 artists, 300 releases, 3,000 songs;"
                + " large: 10,000 artists, 100,000 releases, 1,000,000 songs).")
final class DemoCommand implements Callable<Integer> {

    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    @ParentCommand
    AaaCommand root;

    @Option(names = "--size", defaultValue = "small", paramLabel = "small|large", description = "How much to load (default: small).")
    String size;

    @Option(names = "--seed", paramLabel = "<number>", description = "Seed of the generator: the same seed gives the same catalogue.")
    Long seed;

    @Option(names = "--password-env", paramLabel = "<VARIABLE>",
            description = "Environment variable holding the password every demo person signs in with.")
    String passwordVariable;

    @Option(names = "--owner-email", paramLabel = "<email>",
            description = "An existing person who becomes owner of every demo organization.")
    String ownerEmail;

    @Override
    public Integer call() {
        CliContext context = root.context();
        DemoSize demoSize = DemoSize.named(size);
        char[] password = passwordVariable == null ? null : context.secret(passwordVariable);
        try (Database database = root.database().open(context)) {
            UUID owner = ownerEmail == null ? null : owner(database, ownerEmail, context);
            DemoRequest request = new DemoRequest(demoSize, seed == null ? DemoRequest.DEFAULT_SEED : seed, owner, password);
            long[] lastReport = {System.nanoTime()};
            DemoSummary summary = new DemoCatalogueService(database, context.clock()).load(request,
                    (done, total, key, args) -> {
                        long now = System.nanoTime();
                        if (now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
                            lastReport[0] = now;
                            context.err().printf("%s (%d%%)%n", Messages.format(key, args),
                                    total > 0 ? Math.min(100, done * 100 / total) : 0);
                        }
                    }, CancellationToken.none());
            context.out().printf("Loaded the demo catalogue into %s: %,d organizations, %,d people, %,d artists,"
                            + " %,d releases, %,d songs, %,d works, %,d split sheets.%n", database.target().describe(),
                    summary.organizations(), summary.people(), summary.artists(), summary.releases(), summary.songs(),
                    summary.works(), summary.splitSheets());
            if (request.hasPassword()) {
                context.out().println("Demo people (all sign in with the password in " + passwordVariable + "):");
                for (DemoLogin login : summary.logins()) {
                    context.out().printf("  %-48s %-28s %s%s%n", login.email(), login.displayName(), login.description(),
                            login.loginRole() == null ? "" : "  [role " + login.loginRole() + "]");
                }
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return 0;
    }

    private static UUID owner(Database database, String email, CliContext context) {
        return new AccountAdminService(database, new PasswordHasher(), context.clock()).findByEmail(email)
                .orElseThrow(() -> new AppException("cli.demo.ownerUnknown", EmailAddress.parse(email).value()));
    }
}
