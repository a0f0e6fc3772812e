package com.allaccessartist.cli;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PasswordPolicy;
import com.allaccessartist.service.people.AccountAdminService;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code user create}: a new person. On H2 they sign in with email and password; on PostgreSQL
 * a login role is created for them (printed), and they sign in with it and the password.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a person's account.")
final class UserCreateCommand implements Callable<Integer> {

    @ParentCommand
    UserCommand user;

    @Option(names = "--email", required = true, description = "The person's email address.")
    String email;

    @Option(names = "--name", required = true, description = "The name shown for the person.")
    String name;

    @Option(names = "--password-env", required = true, paramLabel = "<VARIABLE>",
            description = "Name of the environment variable holding the person's password.")
    String passwordVariable;

    @Option(names = "--login-role", paramLabel = "<role>",
            description = "PostgreSQL only: the login role name (default: aaa_<email name>_<id prefix>).")
    String loginRole;

    @Override
    public Integer call() {
        CliContext context = user.root.context();
        char[] chars = context.secret(passwordVariable);
        PasswordPolicy.check(chars);
        try (Database database = user.root.database().open(context)) {
            AccountAdminService.CreatedAccount created = new AccountAdminService(database, new PasswordHasher(), context.clock())
                    .create(email, name, chars, loginRole);
            context.out().printf("Created %s (id %s).%n", created.email(), created.userId());
            if (created.loginRole() != null) {
                context.out().printf("PostgreSQL login role: %s%n", created.loginRole());
            }
        } finally {
            Arrays.fill(chars, '\0');
        }
        return 0;
    }
}
