package com.allaccessartist.service.people;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.User;
import com.allaccessartist.domain.identity.UserProfile;
import org.hibernate.Session;

/**
 * Writes the rows that make a person: {@code users} and {@code user_profiles}. Used inside the
 * transaction of a use case (first run, creating an account, inviting someone).
 */
public final class PersonRecords {

    public static final int MAX_DISPLAY_NAME = 100;

    private PersonRecords() {
    }

    /** Checks a display name: 1 to 100 characters after trimming. */
    public static String checkDisplayName(String displayName) {
        String trimmed = displayName == null ? "" : displayName.strip();
        if (trimmed.isEmpty()) {
            throw new AppException("validation.displayName.empty");
        }
        if (trimmed.length() > MAX_DISPLAY_NAME) {
            throw new AppException("validation.displayName.tooLong", MAX_DISPLAY_NAME);
        }
        return trimmed;
    }

    /** Whether an account with this email exists (visible to the caller). */
    public static boolean emailTaken(Session session, EmailAddress email) {
        return session.createSelectionQuery("select 1 from User u where u.email = :email", Integer.class)
                .setParameter("email", email.value())
                .setMaxResults(1)
                .uniqueResultOptional()
                .isPresent();
    }

    /** Inserts a new person; the email must not be taken. */
    public static User insert(Session session, EmailAddress email, String displayName) {
        if (emailTaken(session, email)) {
            throw new AppException("account.emailTaken", email.value());
        }
        User user = User.create();
        user.setEmail(email.value());
        session.persist(user);
        UserProfile profile = UserProfile.forUser(user.getId());
        String name = checkDisplayName(displayName);
        profile.setDisplayName(name);
        int space = name.indexOf(' ');
        if (space > 0) {
            profile.setFirstName(truncate(name.substring(0, space)));
            profile.setLastName(truncate(name.substring(space + 1)));
        } else {
            profile.setFirstName(truncate(name));
        }
        session.persist(profile);
        return user;
    }

    private static String truncate(String value) {
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
