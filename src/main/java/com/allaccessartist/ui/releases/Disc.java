package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** One disc of the listing: its number, how many tracks it has and their running time, always current. */
public final class Disc {

    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper(this, "number");
    private final ReadOnlyIntegerWrapper tracks = new ReadOnlyIntegerWrapper(this, "tracks");
    private final ReadOnlyLongWrapper seconds = new ReadOnlyLongWrapper(this, "seconds");
    private final StringBinding title = Bindings.createStringBinding(
            () -> Messages.format("track.disc", number.get()), number);
    private final StringBinding summary = Bindings.createStringBinding(
            () -> Messages.format("track.disc.summary", tracks.get(), ReleaseLabels.running(seconds.get())), tracks, seconds);

    Disc(int number) {
        this.number.set(number);
    }

    void update(int trackCount, long runningSeconds) {
        tracks.set(trackCount);
        seconds.set(runningSeconds);
    }

    public ReadOnlyIntegerProperty numberProperty() { return number.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty tracksProperty() { return tracks.getReadOnlyProperty(); }
    public ReadOnlyLongProperty secondsProperty() { return seconds.getReadOnlyProperty(); }
    /** "Disc 2". */
    public StringBinding titleProperty() { return title; }
    /** "6 tracks · 24:31". */
    public StringBinding summaryProperty() { return summary; }
}
