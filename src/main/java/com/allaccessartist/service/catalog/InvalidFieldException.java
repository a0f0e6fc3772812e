package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.ValidationException;

/**
 * A value of a draft breaks a rule: the rule's key and arguments (as the domain or the service
 * words it, e.g. {@code validation.isrc.length} or {@code validation.release.title.tooLong}) and
 * the field it is about, so an editor can show the reason next to that field.
 *
 * <p>Fields are named after the draft's components ({@code title}, {@code upc},
 * {@code contactEmail}...), links as {@code streamingLinks:<platform>} /
 * {@code purchaseLinks:<platform>} / {@code spotifyUrl}, tracks as
 * {@code track:<index>:<component>} with the index in the draft's track list (as
 * {@link com.allaccessartist.domain.catalog.ReleaseReadiness} names them), and the numbering of the
 * whole listing as {@code tracks}.
 */
public class InvalidFieldException extends ValidationException {

    private final String field;
    private final String trackPosition;

    /** The rule {@code key} broken by the value of {@code field}. */
    public InvalidFieldException(String field, String key, String englishMessage, Object... args) {
        this(field, null, key, englishMessage, args);
    }

    private InvalidFieldException(String field, String trackPosition, String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
        this.field = field;
        this.trackPosition = trackPosition;
    }

    /** The same refusal, about {@code field}. */
    public static InvalidFieldException of(String field, AppException refusal) {
        return new InvalidFieldException(field, null, refusal.key(), refusal.getMessage(), refusal.args());
    }

    /**
     * The same refusal, about a field of the track shown at {@code position} (such as "1-3"); the
     * position is added as the last argument.
     */
    static InvalidFieldException ofTrack(int index, String position, String component, AppException refusal) {
        Object[] args = java.util.Arrays.copyOf(refusal.args(), refusal.args().length + 1);
        args[args.length - 1] = position;
        return new InvalidFieldException("track:" + index + ":" + component, position, refusal.key(), refusal.getMessage(),
                args);
    }

    /** The field the rule is about. */
    public String field() {
        return field;
    }

    /** The track's position ("disc-track") for a track field, or null. */
    public String trackPosition() {
        return trackPosition;
    }

    /** The rule's sentence; for a track, prefixed with which track it is. */
    @Override
    public String getLocalizedMessage() {
        String sentence = super.getLocalizedMessage();
        return trackPosition == null ? sentence : Messages.format("catalog.field.track", trackPosition, sentence);
    }
}
